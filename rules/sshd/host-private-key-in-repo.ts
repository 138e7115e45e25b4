import { defineRule } from '../../src/engine/define-rule.js';
import { committedPrivateKeys } from './lib/artifacts.js';

/** An unencrypted private key in PEM or OpenSSH format (sshd cannot load passphrase-protected host keys). */

export default defineRule({
  id: 'sshd/host-private-key-in-repo',
  meta: {
    description: 'A private host key is committed to the repository',
    severity: 'error',
    tags: ['security'],
    status: 'stable',
    presets: ['recommended', 'strict'],
    references: [
      { title: 'sshd(8): FILES (ssh_host_*_key must be readable only by root)', url: 'https://man.openbsd.org/sshd#FILES' },
      { title: 'GitHub: removing sensitive data from a repository', url: 'https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/removing-sensitive-data-from-a-repository' },
    ],
    precision: 'very-high',
    securitySeverity: 9.1,
  },
  messages: {
    committed:
      'The private host key {{path}} is in the repository: anyone who can read the repo (or its history) can impersonate this server and intercept every connection to it',
  },
  check(ctx) {
    for (const { key, at } of committedPrivateKeys(ctx)) {
      ctx.report({
        messageId: 'committed',
        data: { path: key.hostPath },
        at,
        suggestion:
          'Delete the key from the repository and its history, generate new host keys on the server (ssh-keygen -A), and deploy keys from a secret store (Ansible Vault, SOPS, a secrets manager) instead',
      });
    }
  },
});
