import { defineRule } from '../../src/engine/define-rule.js';
import { expectSetting } from './lib/expect.js';

export default defineRule({
  id: 'sshd/ignore-rhosts',
  meta: {
    description: "Users' .rhosts and .shosts files are honoured",
    severity: 'warning',
    tags: ['security', 'cis', 'stig', 'devsec'],
    status: 'stable',
    presets: ['recommended', 'strict', 'cis', 'stig', 'devsec'],
    references: [
      { title: 'sshd_config(5): IgnoreRhosts', url: 'https://man.openbsd.org/sshd_config#IgnoreRhosts' },
      { title: 'DevSec SSH Baseline sshd-23', url: 'https://github.com/dev-sec/ssh-baseline' },
      { title: 'ComplianceAsCode sshd_disable_rhosts', url: 'https://github.com/ComplianceAsCode/content' },
    ],
    anchors: {
      cis: ['Ubuntu 24.04 5.1.11', 'RHEL 9 5.1.13'],
      stig: ['RHEL-09-255145'],
      devsec: ['sshd-23'],
      lynis: ['SSH-7408'],
    },
    precision: 'very-high',
    securitySeverity: 6.5,
  },
  messages: {
    rhostsHonoured:
      "Users' .rhosts and .shosts files are honoured {{where}} (IgnoreRhosts {{value}}): any user can declare other hosts trusted for host-based login",
  },
  check(ctx) {
    expectSetting(ctx, { keyword: 'IgnoreRhosts', messageId: 'rhostsHonoured', isWeak: (value) => value === 'no', good: 'yes' });
  },
});
