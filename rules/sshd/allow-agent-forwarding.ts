import { defineRule } from '../../src/engine/define-rule.js';
import { forwardingDisabled, sshdOf } from './lib/settings.js';
import { disableForwardingCoversX11AndAgent } from './lib/target.js';
import { checkValue } from './lib/value-check.js';

export default defineRule({
  id: 'sshd/allow-agent-forwarding',
  meta: {
    description: 'Agent forwarding is allowed',
    severity: 'note',
    tags: ['security', 'devsec'],
    status: 'stable',
    presets: ['strict', 'devsec'],
    references: [
      { title: 'sshd_config(5): AllowAgentForwarding', url: 'https://man.openbsd.org/sshd_config#AllowAgentForwarding' },
      { title: 'DevSec SSH Baseline sshd-40', url: 'https://github.com/dev-sec/ssh-baseline' },
    ],
    anchors: { devsec: ['sshd-40'], lynis: ['SSH-7408'] },
    precision: 'high',
    securitySeverity: 3.9,
  },
  messages: {
    notCovered:
      'Agent forwarding is still enabled {{where}} (AllowAgentForwarding {{value}}): DisableForwarding yes does not turn it off before OpenSSH 10.0 (CVE-2025-32728) unless the build carries the fix',
    agentForwarding:
      'Agent forwarding is allowed {{where}} (AllowAgentForwarding {{value}}): root or a compromised account on this server can use the keys of every user who forwards an agent',
  },
  check(ctx) {
    const model = sshdOf(ctx);
    if (model === undefined) return;
    const covered = disableForwardingCoversX11AndAgent(model.target);
    checkValue(ctx, {
      keyword: 'allowagentforwarding',
      display: 'AllowAgentForwarding',
      judge: (value, item) => {
        if (value === 'no') return undefined;
        return forwardingDisabled(item.context) ? 'notCovered' : 'agentForwarding';
      },
      fixValue: 'no',
      unlessForwardingDisabled: covered,
    });
  },
});
