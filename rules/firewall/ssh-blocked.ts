import { defineRule } from '../../src/engine/define-rule.js';
import { decidingStep, noneAccepted, pathLocation, sshQuestions, SYMPTOMS } from './lib/ssh.js';

export default defineRule({
  id: 'firewall/ssh-blocked',
  meta: {
    description: 'The firewall blocks the port sshd listens on',
    severity: 'error',
    tags: ['lockout', 'correctness'],
    status: 'stable',
    presets: ['recommended', 'strict', 'cis', 'stig', 'devsec'],
    references: [
      { title: 'iptables(8)', url: 'https://manpages.debian.org/bookworm/iptables/iptables.8.en.html' },
      { title: 'iptables-extensions(8): conntrack', url: 'https://manpages.debian.org/bookworm/iptables/iptables-extensions.8.en.html' },
    ],
    precision: 'very-high',
  },
  messages: {
    blocked: 'new IPv{{family}} connections to SSH port {{port}} are {{verdict}} here, from every source: clients will see {{symptom}} and you are locked out once this ruleset loads',
  },
  check(ctx) {
    for (const { model, family, port, ssh } of sshQuestions(ctx)) {
      const a = model.reach({ family, port });
      if (!noneAccepted(a)) continue;
      const first = a.outcomes[0];
      if (!first) continue;
      // Only the packets after the SYN are dropped: firewall/reload-cuts-sessions reports that.
      if (a.outcomes.every((o) => o.symptom === 'stalled')) continue;
      const step = decidingStep(first.path);
      ctx.report({
        messageId: 'blocked',
        data: { family, port, verdict: first.verdict, symptom: SYMPTOMS[first.symptom] ?? first.symptom },
        at: pathLocation(model, family, first.path),
        related: ssh.related,
        suggestion: `Accept the SSH port before ${step?.kind === 'policy' ? 'the policy applies' : 'this rule'}: -A INPUT -p tcp --dport ${port} -m conntrack --ctstate NEW -j ACCEPT`,
      });
    }
  },
});
