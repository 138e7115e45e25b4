import { defineRule } from '../../src/engine/define-rule.js';
import { allAccepted, decidingStep, families, firewallOf, pathLocation, sshPorts } from './lib/ssh.js';

export default defineRule({
  id: 'firewall/ssh-open-to-world',
  meta: {
    description: 'SSH is reachable from any address with no rate limit and no fail2ban jail',
    severity: 'warning',
    tags: ['security'],
    status: 'stable',
    presets: ['strict', 'cis', 'devsec'],
    references: [
      { title: 'iptables-extensions(8): recent, hashlimit, limit', url: 'https://manpages.debian.org/bookworm/iptables/iptables-extensions.8.en.html' },
      { title: 'fail2ban: jail.conf(5)', url: 'https://manpages.debian.org/bookworm/fail2ban/jail.conf.5.en.html' },
    ],
    precision: 'high',
    securitySeverity: 5.3,
  },
  messages: {
    open: 'SSH port {{port}} accepts new IPv{{family}} connections from any address with no rate limit, and no fail2ban jail protects sshd: password guessing runs unhindered',
  },
  check(ctx) {
    const model = firewallOf(ctx.host);
    if (!model) return;
    const f2b = ctx.host.fail2ban;
    const jail = f2b?.jail('sshd');
    if (f2b?.accepted && jail?.enabled.value && jail.configError === null) return;
    const ssh = sshPorts(ctx);
    for (const family of families(model)) {
      for (const port of ssh.ports) {
        const a = model.reach({ family, port });
        if (!allAccepted(a) || a.outcomes.some((o) => o.rateLimits.length > 0 || o.assumptions.length > 0)) continue;
        const first = a.outcomes[0];
        if (!first) continue;
        const step = decidingStep(first.path);
        ctx.report({
          messageId: 'open',
          data: { family, port },
          at: pathLocation(model, family, first.path),
          related: ssh.related,
          suggestion: `Limit ${step?.kind === 'policy' ? 'SSH' : 'this rule'} to your admin networks (-s 203.0.113.0/24), rate-limit new connections (-m recent or -m hashlimit), or enable fail2ban's [sshd] jail.`,
        });
      }
    }
  },
});
