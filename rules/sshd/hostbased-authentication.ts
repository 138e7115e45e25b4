import { defineRule } from '../../src/engine/define-rule.js';
import { expectSetting } from './lib/expect.js';

export default defineRule({
  id: 'sshd/hostbased-authentication',
  meta: {
    description: "Host-based authentication is enabled",
    severity: 'warning',
    tags: ['security', 'cis', 'stig', 'devsec'],
    status: 'stable',
    presets: ['recommended', 'strict', 'cis', 'stig', 'devsec'],
    references: [
      { title: 'sshd_config(5): HostbasedAuthentication', url: 'https://man.openbsd.org/sshd_config#HostbasedAuthentication' },
      { title: 'DevSec SSH Baseline sshd-25', url: 'https://github.com/dev-sec/ssh-baseline' },
      { title: 'ComplianceAsCode disable_host_auth', url: 'https://github.com/ComplianceAsCode/content' },
    ],
    anchors: {
      cis: ['Ubuntu 24.04 5.1.10', 'RHEL 9 5.1.12'],
      stig: ['RHEL-09-255080'],
      devsec: ['sshd-25'],
    },
    precision: 'very-high',
    securitySeverity: 6.5,
  },
  messages: {
    hostbasedEnabled:
      "Host-based authentication is enabled {{where}} (HostbasedAuthentication {{value}}): anyone with root on a trusted client host can log in as any user",
  },
  check(ctx) {
    expectSetting(ctx, { keyword: 'HostbasedAuthentication', messageId: 'hostbasedEnabled', isWeak: (value) => value === 'yes', good: 'no' });
  },
});
