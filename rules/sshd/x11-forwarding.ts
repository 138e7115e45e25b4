import { defineRule } from '../../src/engine/define-rule.js';
import { forwardingDisabled, sshdOf } from './lib/settings.js';
import { disableForwardingCoversX11AndAgent } from './lib/target.js';
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
    notCovered:
      'X11 forwarding is still enabled {{where}} (X11Forwarding {{value}}): DisableForwarding yes does not turn it off before OpenSSH 10.0 (CVE-2025-32728) unless the build carries the fix',
    x11Forwarding:
      'X11 forwarding is enabled {{where}} (X11Forwarding {{value}}): a server-side attacker can reach the X display of every user who connects with -X',
  },
  check(ctx) {
    const model = sshdOf(ctx);
    if (model === undefined) return;
    const covered = disableForwardingCoversX11AndAgent(model.target);
    checkValue(ctx, {
      keyword: 'x11forwarding',
      display: 'X11Forwarding',
      judge: (value, item) => {
        if (value !== 'yes') return undefined;
        return forwardingDisabled(item.context) ? 'notCovered' : 'x11Forwarding';
      },
      fixValue: 'no',
      unlessForwardingDisabled: covered,
    });
  },
});
