import { defineRule } from '../../src/engine/define-rule.js';
import { expectSetting } from './lib/expect.js';

export default defineRule({
  id: 'sshd/ignore-user-known-hosts',
  meta: {
    description: "Users' known_hosts files are trusted for host-based authentication",
    severity: 'note',
    tags: ['security', 'stig', 'devsec'],
    status: 'stable',
    presets: ['strict', 'stig', 'devsec'],
    references: [
      { title: 'sshd_config(5): IgnoreUserKnownHosts', url: 'https://man.openbsd.org/sshd_config#IgnoreUserKnownHosts' },
      { title: 'DevSec SSH Baseline sshd-24', url: 'https://github.com/dev-sec/ssh-baseline' },
      { title: 'ComplianceAsCode sshd_disable_user_known_hosts', url: 'https://github.com/ComplianceAsCode/content' },
    ],
    anchors: {
      stig: ['RHEL-09-255150'],
      devsec: ['sshd-24'],
    },
    precision: 'high',
    securitySeverity: 3.5,
  },
  messages: {
    userKnownHostsTrusted:
      "Users' ~/.ssh/known_hosts files are trusted for host-based authentication {{where}} (IgnoreUserKnownHosts {{value}}): a user can add host keys that then authenticate other hosts",
  },
  check(ctx) {
    expectSetting(ctx, { keyword: 'IgnoreUserKnownHosts', messageId: 'userKnownHostsTrusted', isWeak: (value) => value === 'no', good: 'yes' });
  },
});
