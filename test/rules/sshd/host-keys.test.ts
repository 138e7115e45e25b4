import rule from '../../../rules/sshd/host-keys.js';
import { testRule } from '../../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    '# the default keys include Ed25519\n',
    'HostKey /etc/ssh/ssh_host_ed25519_key\nHostKey /etc/ssh/ssh_host_rsa_key\n',
  ],
  invalid: [
    {
      code: 'HostKey /etc/ssh/ssh_host_rsa_key\nHostKey /etc/ssh/ssh_host_dsa_key\n',
      findings: [
        { messageId: 'noEd25519', line: 1, column: 1, endColumn: 34 },
        { messageId: 'dsa', line: 2, column: 1, endColumn: 34 },
      ],
    },
    {
      name: 'ssh-audit policy rejects ECDSA',
      code: 'HostKey /etc/ssh/ssh_host_ed25519_key\nHostKey /etc/ssh/ssh_host_ecdsa_key\n',
      options: { allowEcdsa: false },
      findings: [{ messageId: 'ecdsa', line: 2, column: 1, messageIncludes: 'ssh_host_ecdsa_key' }],
    },
    {
      name: 'ssh-audit policy on the default keys',
      code: 'LogLevel INFO\n',
      options: { allowEcdsa: false },
      findings: [{ messageId: 'ecdsa', line: 1, column: 1, endColumn: 1 }],
    },
  ],
});
