import { defineRule } from '../../src/engine/define-rule.js';
import { acceptedByPolicy, families, firewallOf, inputPolicy, unlistedPort } from './lib/ssh.js';

export default defineRule({
  id: 'firewall/no-default-deny',
  meta: {
    description: 'The INPUT policy accepts and no final rule drops what the rules do not allow',
    severity: 'warning',
    tags: ['security', 'cis'],
    status: 'stable',
    presets: ['recommended', 'strict', 'cis', 'stig', 'devsec'],
    references: [
      { title: 'iptables(8): -P, --policy', url: 'https://manpages.debian.org/bookworm/iptables/iptables.8.en.html' },
      { title: 'CIS Debian Linux 12 Benchmark: ensure iptables default deny firewall policy', url: 'https://www.cisecurity.org/benchmark/debian_linux' },
    ],
    anchors: { cis: ['4.3.2.1'] },
    precision: 'high',
    securitySeverity: 5.0,
  },
  messages: {
    open: 'the IPv{{family}} INPUT policy is ACCEPT and nothing drops the rest: connections to ports no rule names (e.g. {{port}}) are let in by the policy',
  },
  check(ctx) {
    const model = firewallOf(ctx.host);
    if (!model) return;
    const port = unlistedPort(model);
    for (const family of families(model)) {
      const policy = inputPolicy(model, family);
      if (!policy || policy.policy !== 'accept') continue;
      // Some packet to a port no rule names is let in by the policy itself.
      if (!acceptedByPolicy(model.reach({ family, port }))) continue;
      ctx.report({
        messageId: 'open',
        data: { family, port },
        at: policy.location,
        suggestion: 'Set the INPUT policy to DROP (":INPUT DROP [0:0]") after accepting loopback, ESTABLISHED,RELATED and the services you run, or end INPUT with "-A INPUT -j DROP".',
      });
    }
  },
});
