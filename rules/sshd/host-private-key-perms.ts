import { defineRule } from '../../src/engine/define-rule.js';
import { committedPrivateKeys } from './lib/artifacts.js';


export default defineRule({
  id: 'sshd/host-private-key-perms',
  meta: {
    description: 'A private host key deployed from the repository cannot have the mode sshd requires',
    severity: 'warning',
    tags: ['security', 'cis', 'stig'],
    status: 'preview',
    presets: ['strict', 'cis', 'stig'],
    references: [
      { title: 'sshd(8): FILES', url: 'https://man.openbsd.org/sshd#FILES' },
      { title: 'ComplianceAsCode file_permissions_sshd_private_key', url: 'https://github.com/ComplianceAsCode/content' },
      { title: 'git: file modes (only 100644 and 100755 are recorded)', url: 'https://git-scm.com/book/en/v2/Git-Internals-Git-Objects' },
    ],
    anchors: { cis: ['Ubuntu 24.04 5.1.2', 'RHEL 9 5.1.2'], stig: ['RHEL-09-255120'] },
    precision: 'medium',
    securitySeverity: 5.5,
  },
  messages: {
    gitMode:
      'The private host key {{path}} comes from git, which records only mode 0644 or 0755: a copy that keeps the mode installs it readable by every user, and sshd then refuses it ("UNPROTECTED PRIVATE KEY FILE"); with no other host key sshd does not start',
  },
  check(ctx) {
    for (const { key, at } of committedPrivateKeys(ctx)) {
      ctx.report({
        messageId: 'gitMode',
        data: { path: key.hostPath },
        at,
        suggestion: 'Install host keys with an explicit owner and mode (root:root 0600, or root:ssh_keys 0640 on RHEL-family systems), and keep them out of git',
      });
    }
  },
});
