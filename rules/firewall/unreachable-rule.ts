import { defineRule } from '../../src/engine/define-rule.js';
import { firewallOf } from './lib/ssh.js';

export default defineRule({
  id: 'firewall/unreachable-rule',
  meta: {
    description: 'A rule never matches because an earlier rule takes all its packets',
    severity: 'warning',
    tags: ['correctness'],
    status: 'stable',
    presets: ['recommended', 'strict'],
    references: [{ title: 'iptables(8): rule order', url: 'https://manpages.debian.org/bookworm/iptables/iptables.8.en.html' }],
    precision: 'very-high',
  },
  messages: {
    shadowed: 'this rule never matches: line {{line}} ({{by}}) already decides every packet it would match',
  },
  check(ctx) {
    const model = firewallOf(ctx.host);
    if (!model) return;
    for (const { rule, by } of model.shadowedRules()) {
      ctx.report({
        messageId: 'shadowed',
        data: { line: by.location.range.start.line, by: by.text },
        at: rule.location,
        related: [{ ...by.location, message: 'this earlier rule takes the packets' }],
        suggestion: 'Move the rule above the one that shadows it, or delete it.',
      });
    }
  },
});
