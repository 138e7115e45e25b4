import { defineRule } from '../../src/engine/define-rule.js';
import { checkValue } from './lib/value-check.js';

export default defineRule({
  id: 'sshd/x11-forwarding',
  meta: {
    description: 'X11 forwarding is enabled',
    severity: 'warning',
    tags: ['security', 'stig', 'devsec'],
    status: 'stable',
    presets: ['recommended', 'strict', 'stig', 'devsec'],
    references: [
      { title: 'sshd_config(5): X11Forwarding', url: 'https://man.openbsd.org/sshd_config#X11Forwarding' },
      { title: 'ComplianceAsCode sshd_disable_x11_forwarding', url: 'https://github.com/ComplianceAsCode/content' },
      { title: 'DevSec SSH Baseline sshd-42', url: 'https://github.com/dev-sec/ssh-baseline' },
    ],
    anchors: { stig: ['RHEL-09-255155', 'UBTU-24-300022'], devsec: ['sshd-42'], lynis: ['SSH-7408'] },
    precision: 'very-high',
    securitySeverity: 5.3,
  },
  messages: {
    x11Forwarding:
      'X11 forwarding is enabled {{where}} (X11Forwarding {{value}}): a server-side attacker can reach the X display of every user who connects with -X',
  },
  check(ctx) {
    checkValue(ctx, {
      keyword: 'x11forwarding',
      display: 'X11Forwarding',
      judge: (value) => (value === 'yes' ? 'x11Forwarding' : undefined),
      fixValue: 'no',
      unlessForwardingDisabled: true,
    });
  },
});
