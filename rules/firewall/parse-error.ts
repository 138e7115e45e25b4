import { defineRule } from '../../src/engine/define-rule.js';
import { firewallOf } from './lib/ssh.js';

export default defineRule({
  id: 'firewall/parse-error',
  meta: {
    description: 'The firewall loader refuses the file',
    severity: 'error',
    tags: ['correctness', 'lockout'],
    status: 'stable',
    presets: ['recommended', 'strict', 'cis', 'stig', 'devsec'],
    references: [
      { title: 'iptables-restore(8)', url: 'https://manpages.debian.org/bookworm/iptables/iptables-restore.8.en.html' },
      { title: 'iptables-extensions(8)', url: 'https://manpages.debian.org/bookworm/iptables/iptables-extensions.8.en.html' },
    ],
    precision: 'very-high',
  },
  messages: {
    refused: '{{message}}: the loader refuses the whole file, so the firewall keeps its old rules (or none at boot)',
  },
  check(ctx) {
    const model = firewallOf(ctx.host);
    if (!model) return;
    for (const d of model.diagnostics) {
      if (d.severity !== 'error') continue;
      ctx.report({
        messageId: 'refused',
        data: { message: d.message },
        at: d.location,
        suggestion: 'Check the file with the loader before deploying it: iptables-restore --test < rules.v4 (or nft -c -f for nftables).',
      });
    }
  },
});
