import { defineRule } from '../../src/engine/define-rule.js';
import { expectSetting } from './lib/expect.js';

export default defineRule({
  id: 'sshd/strict-modes',
  meta: {
    description: "Ownership and permissions of users' key files are not checked",
    severity: 'warning',
    tags: ['security', 'stig', 'devsec'],
    status: 'stable',
    presets: ['recommended', 'strict', 'stig', 'devsec'],
    references: [
      { title: 'sshd_config(5): StrictModes', url: 'https://man.openbsd.org/sshd_config#StrictModes' },
      { title: 'DevSec SSH Baseline sshd-11', url: 'https://github.com/dev-sec/ssh-baseline' },
      { title: 'ComplianceAsCode sshd_enable_strictmodes', url: 'https://github.com/ComplianceAsCode/content' },
    ],
    anchors: {
      stig: ['RHEL-09-255160'],
      devsec: ['sshd-11'],
      lynis: ['SSH-7408'],
    },
    precision: 'very-high',
    securitySeverity: 5.5,
  },
  messages: {
    strictModesOff:
      "sshd does not check ownership and permissions of users' home and ~/.ssh files {{where}} (StrictModes {{value}}): a world-writable authorized_keys lets other local users log in as its owner",
  },
  check(ctx) {
    expectSetting(ctx, { keyword: 'StrictModes', messageId: 'strictModesOff', isWeak: (value) => value === 'no', good: 'yes' });
  },
});
