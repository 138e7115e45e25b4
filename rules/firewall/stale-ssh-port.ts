import { defineRule } from '../../src/engine/define-rule.js';
import type { Rule } from '../../src/model/firewall/index.js';
import { families, firewallOf, sshPorts } from './lib/ssh.js';

/** A rule that accepts exactly one port and says it is for SSH (port 22, an "ssh" comment or service name). */
function sshRulePort(rule: Rule): number | undefined {
  if (rule.action.kind !== 'accept') return undefined;
  const d = rule.matches.filter((m) => m.kind === 'dport' && !m.negated);
  const [only] = d;
  if (d.length !== 1 || !only || only.kind !== 'dport' || only.ports.length !== 1) return undefined;
  const r = only.ports[0];
  if (!r || r.from !== r.to) return undefined;
  const saysSsh = r.from === 22 || /ssh/i.test(rule.comment ?? '') || /\bssh\b/i.test(rule.text);
  return saysSsh ? r.from : undefined;
}

export default defineRule({
  id: 'firewall/stale-ssh-port',
  meta: {
    description: 'The firewall opens an SSH port on which sshd does not listen',
    severity: 'warning',
    tags: ['security', 'correctness'],
    status: 'stable',
    presets: ['recommended', 'strict', 'devsec'],
    references: [{ title: 'sshd_config(5): Port', url: 'https://man.openbsd.org/sshd_config#Port' }],
    precision: 'high',
    securitySeverity: 3.1,
  },
  messages: {
    stale: 'this rule opens port {{port}} for SSH, but sshd listens on {{ports}}: a leftover opening that whatever binds port {{port}} next inherits',
  },
  check(ctx) {
    const model = firewallOf(ctx.host);
    const ssh = sshPorts(ctx);
    if (!model || !ssh.fromSshd) return;
    const fams = new Set(families(model));
    for (const rs of model.rulesets) {
      if (!rs.families.some((f) => fams.has(f))) continue;
      for (const chain of rs.chains.values()) {
        for (const rule of chain.rules) {
          const port = sshRulePort(rule);
          if (port === undefined || ssh.ports.includes(port)) continue;
          ctx.report({
            messageId: 'stale',
            data: { port, ports: ssh.ports.join(', ') },
            at: rule.location,
            related: ssh.related,
            suggestion: `Change the rule to the port sshd listens on (${ssh.ports.join(', ')}) or delete it.`,
          });
        }
      }
    }
  },
});
