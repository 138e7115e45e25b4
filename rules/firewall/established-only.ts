import { defineRule } from '../../src/engine/define-rule.js';
import type { Rule } from '../../src/model/firewall/index.js';
import { noneAccepted, sshQuestions } from './lib/ssh.js';

function acceptsOnlyEstablished(rule: Rule, port: number): boolean {
  if (rule.action.kind !== 'accept') return false;
  const dport = rule.matches.some((m) => m.kind === 'dport' && !m.negated && m.ports.some((p) => port >= p.from && port <= p.to));
  const state = rule.matches.find((m) => m.kind === 'ctstate');
  return dport && state !== undefined && state.kind === 'ctstate' && !state.negated && !state.states.includes('new') && state.states.some((s) => s === 'established' || s === 'related');
}

export default defineRule({
  id: 'firewall/established-only',
  meta: {
    description: 'The SSH port is accepted only for ESTABLISHED or RELATED connections',
    severity: 'error',
    tags: ['lockout', 'correctness'],
    status: 'stable',
    presets: ['recommended', 'strict', 'cis', 'stig', 'devsec'],
    references: [{ title: 'iptables-extensions(8): conntrack --ctstate', url: 'https://manpages.debian.org/bookworm/iptables/iptables-extensions.8.en.html' }],
    precision: 'high',
  },
  messages: {
    establishedOnly: 'this rule accepts SSH port {{port}} only for ESTABLISHED/RELATED traffic, and nothing accepts NEW connections: existing sessions survive, but nobody can open a new one',
  },
  check(ctx) {
    for (const { model, family, port, ssh } of sshQuestions(ctx)) {
      if (!noneAccepted(model.reach({ family, port }))) continue;
      for (const rs of model.rulesets) {
        if (!rs.families.includes(family)) continue;
        for (const chain of rs.chains.values()) {
          for (const rule of chain.rules) {
            if (!acceptsOnlyEstablished(rule, port)) continue;
            ctx.report({
              messageId: 'establishedOnly',
              data: { port },
              at: rule.location,
              related: ssh.related,
              suggestion: 'Add NEW to the state list (--ctstate NEW,ESTABLISHED) or accept NEW connections to the port in a rule of their own.',
            });
          }
        }
      }
    }
  },
});
