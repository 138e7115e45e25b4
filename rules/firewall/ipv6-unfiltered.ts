import { defineRule } from '../../src/engine/define-rule.js';
import { acceptedByPolicy, firewallOf, inputPolicy, unlistedPort } from './lib/ssh.js';

export default defineRule({
  id: 'firewall/ipv6-unfiltered',
  meta: {
    description: 'IPv4 is filtered but IPv6 is wide open or has no rules at all',
    severity: 'warning',
    tags: ['security'],
    status: 'stable',
    presets: ['recommended', 'strict', 'cis', 'devsec'],
    references: [
      { title: 'ip6tables(8)', url: 'https://manpages.debian.org/bookworm/iptables/ip6tables.8.en.html' },
      { title: 'Debian wiki: iptables (rules.v4 and rules.v6)', url: 'https://wiki.debian.org/iptables' },
    ],
    anchors: { cis: ['4.3.3.1'] },
    precision: 'medium',
    securitySeverity: 5.0,
  },
  messages: {
    missing: 'IPv4 traffic is filtered here but the host has no IPv6 rules: every service, sshd included, stays reachable over IPv6 if the host has an IPv6 address',
    open: 'IPv4 traffic is filtered but the IPv6 INPUT chain accepts everything (e.g. port {{port}}): the IPv4 rules are bypassed over IPv6',
  },
  check(ctx) {
    const model = firewallOf(ctx.host);
    if (!model || !model.hasFamily(4)) return;
    const port = unlistedPort(model);
    const v4 = inputPolicy(model, 4);
    if (!v4 || acceptedByPolicy(model.reach({ family: 4, port }))) return; // IPv4 itself is not filtered
    if (!model.hasFamily(6)) {
      ctx.report({ messageId: 'missing', at: v4.location, suggestion: 'Add /etc/iptables/rules.v6 (ip6tables-save) with the same policy, or use an nftables "inet" table that covers both families.' });
      return;
    }
    if (!acceptedByPolicy(model.reach({ family: 6, port }))) return;
    const v6 = inputPolicy(model, 6);
    ctx.report({ messageId: 'open', data: { port }, at: v6?.location ?? v4.location, suggestion: 'Give IPv6 the same default-deny policy as IPv4 (":INPUT DROP [0:0]" in rules.v6, allowing ipv6-icmp for neighbour discovery).' });
  },
});
