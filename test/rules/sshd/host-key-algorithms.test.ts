import rule from '../../../rules/sshd/host-key-algorithms.js';
import { testRule } from '../../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    '# default: no ssh-rsa since OpenSSH 8.8\n',
    'HostKeyAlgorithms ssh-ed25519,rsa-sha2-512,rsa-sha2-256\n',
    { name: 'ssh-audit policy', code: 'HostKeyAlgorithms ssh-ed25519,rsa-sha2-512\n', options: { allowNist: false } },
  ],
  invalid: [
    { code: 'HostKeyAlgorithms +ssh-rsa\n', findings: [{ messageId: 'weak', line: 1, column: 1, endColumn: 27, messageIncludes: 'ssh-rsa' }] },
    { name: 'ssh-audit policy on the default', code: 'LogLevel INFO\n', options: { allowNist: false }, findings: [{ messageId: 'nist', line: 1, column: 1, endColumn: 1 }] },
  ],
});
