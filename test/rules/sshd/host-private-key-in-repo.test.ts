import rule from '../../../rules/sshd/host-private-key-in-repo.js';
import { testRule } from '../../helpers/rule-tester.js';
import { PRIVATE_KEY_TEXT, RSA_3072_PUB } from './fixtures/host-keys.js';

const CONFIG = 'HostKey /etc/ssh/ssh_host_ed25519_key\n';

testRule(rule, {
  valid: [
    { name: 'only the public key', files: { 'etc/ssh/sshd_config': CONFIG, 'etc/ssh/ssh_host_ed25519_key.pub': RSA_3072_PUB } },
    { name: 'an encrypted placeholder', files: { 'etc/ssh/sshd_config': CONFIG, 'etc/ssh/ssh_host_ed25519_key': '$ANSIBLE_VAULT;1.1;AES256\n6162636465\n' } },
  ],
  invalid: [
    {
      files: { 'etc/ssh/sshd_config': CONFIG, 'etc/ssh/ssh_host_ed25519_key': PRIVATE_KEY_TEXT },
      findings: [{ messageId: 'committed', file: 'etc/ssh/ssh_host_ed25519_key', line: 1, column: 1, endColumn: 36 }],
    },
    {
      name: 'a key under another name in /etc/ssh',
      files: { 'etc/ssh/sshd_config': CONFIG, 'etc/ssh/server.key': PRIVATE_KEY_TEXT },
      findings: [{ messageId: 'committed', file: 'etc/ssh/server.key', line: 1, column: 1 }],
    },
    {
      name: 'a HostKey outside /etc/ssh',
      files: { 'etc/ssh/sshd_config': 'HostKey /srv/keys/host\n', 'srv/keys/host': PRIVATE_KEY_TEXT },
      findings: [{ messageId: 'committed', file: 'srv/keys/host', line: 1, column: 1 }],
    },
  ],
});
