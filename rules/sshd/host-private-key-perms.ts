import { defineRule } from '../../src/engine/define-rule.js';
import { artifactsOf, lineLocation } from './lib/artifacts.js';

const PRIVATE_KEY = /-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----/;

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
    for (const key of artifactsOf(ctx, 'private-key')) {
      const text = key.text;
      if (text === undefined || !PRIVATE_KEY.test(text)) continue;
      const headerLine = text.split(/\r?\n/).findIndex((l) => PRIVATE_KEY.test(l)) + 1;
      ctx.report({
        messageId: 'gitMode',
        data: { path: key.hostPath },
        at: lineLocation(key, headerLine),
        suggestion: 'Install host keys with an explicit owner and mode (root:root 0600, or root:ssh_keys 0640 on RHEL-family systems), and keep them out of git',
      });
    }
  },
});
