import rule from '../../../rules/sshd/host-private-key-perms.js';
import { testRule } from '../../helpers/rule-tester.js';
import { PRIVATE_KEY_TEXT, RSA_3072_PUB } from './fixtures/host-keys.js';

const CONFIG = 'HostKey /etc/ssh/ssh_host_rsa_key\n';

testRule(rule, {
  valid: [
    { name: 'no key in the repo', code: CONFIG },
    { name: 'the public key (0644 is its expected mode)', files: { 'etc/ssh/sshd_config': CONFIG, 'etc/ssh/ssh_host_rsa_key.pub': RSA_3072_PUB } },
  ],
  invalid: [
    {
      files: { 'etc/ssh/sshd_config': CONFIG, 'etc/ssh/ssh_host_rsa_key': PRIVATE_KEY_TEXT },
      findings: [{ messageId: 'gitMode', file: 'etc/ssh/ssh_host_rsa_key', line: 1, column: 1, endColumn: 36 }],
    },
  ],
});
