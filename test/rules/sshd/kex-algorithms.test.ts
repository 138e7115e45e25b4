import rule from '../../../rules/sshd/kex-algorithms.js';
import { testRule } from '../../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    '# the default list has no SHA-1 exchange\n',
    'KexAlgorithms curve25519-sha256,diffie-hellman-group16-sha512\n',
    { name: 'ssh-audit policy', code: 'KexAlgorithms sntrup761x25519-sha512@openssh.com,curve25519-sha256\n', options: { allowNist: false } },
  ],
  invalid: [
    { code: 'KexAlgorithms +diffie-hellman-group14-sha1\n', findings: [{ messageId: 'weak', line: 1, column: 1, endColumn: 43, messageIncludes: 'diffie-hellman-group14-sha1' }] },
    {
      name: 'ssh-audit rejects the NIST curves of the default',
      code: 'LogLevel INFO\n',
      options: { allowNist: false },
      findings: [{ messageId: 'nist', line: 1, column: 1, endColumn: 1, messageIncludes: 'ecdh-sha2-nistp256, ecdh-sha2-nistp384, ecdh-sha2-nistp521' }],
    },
    {
      name: 'Match all',
      code: 'Match all\n  KexAlgorithms diffie-hellman-group1-sha1,curve25519-sha256\n',
      findings: [{ messageId: 'weak', line: 2, column: 3 }],
    },
  ],
});
