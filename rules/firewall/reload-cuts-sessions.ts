import { defineRule } from '../../src/engine/define-rule.js';
import { noneAccepted, pathLocation, sshQuestions } from './lib/ssh.js';

export default defineRule({
  id: 'firewall/reload-cuts-sessions',
  meta: {
    description: 'Nothing accepts ESTABLISHED traffic, so loading the ruleset cuts live SSH sessions',
    severity: 'warning',
    tags: ['lockout'],
    status: 'stable',
    presets: ['recommended', 'strict', 'devsec'],
    references: [{ title: 'iptables-extensions(8): conntrack --ctstate ESTABLISHED', url: 'https://manpages.debian.org/bookworm/iptables/iptables-extensions.8.en.html' }],
    precision: 'high',
  },
  messages: {
    cut: 'packets of open IPv{{family}} SSH sessions (port {{port}}) are {{verdict}} here: applying this ruleset freezes the session you apply it from, and new connections hang right after connecting',
  },
  check(ctx) {
    for (const { model, family, port, ssh } of sshQuestions(ctx)) {
      // New connections blocked at the SYN already is firewall/ssh-blocked's finding.
      const fresh = model.reach({ family, port });
      if (noneAccepted(fresh) && !fresh.outcomes.every((o) => o.symptom === 'stalled')) continue;
      const a = model.reach({ family, port, state: 'established' });
      if (!noneAccepted(a)) continue;
      const first = a.outcomes[0];
      if (!first) continue;
      ctx.report({
        messageId: 'cut',
        data: { family, port, verdict: first.verdict },
        at: pathLocation(model, family, first.path),
        related: ssh.related,
        suggestion: 'Accept ESTABLISHED,RELATED first: -A INPUT -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT',
      });
    }
  },
});
