import { z } from 'zod';
import { defineRule } from '../../src/engine/define-rule.js';
import { fail2banOf, origin, settingLocation, startedSshdJails } from './lib/jails.js';

export default defineRule({
  id: 'fail2ban/weak-thresholds',
  meta: {
    description: 'The sshd jail allows many attempts or bans only briefly',
    severity: 'warning',
    tags: ['security'],
    status: 'stable',
    presets: ['recommended', 'strict', 'devsec'],
    references: [{ title: 'jail.conf(5): maxretry, findtime, bantime', url: 'https://manpages.debian.org/bookworm/fail2ban/jail.conf.5.en.html' }],
    precision: 'high',
    securitySeverity: 3.7,
  },
  options: z.object({
    /** Most failures allowed within findtime before a ban (fail2ban's stock value is 5). */
    maxRetry: z.number().int().min(1).default(5),
    /** Shortest window, in seconds, in which failures are counted (stock: 10m; 5m is a common, acceptable choice). */
    minFindTime: z.number().min(1).default(300),
    /** Shortest ban, in seconds (stock: 10m); -1 (permanent) always passes. */
    minBanTime: z.number().min(1).default(600),
  }),
  messages: {
    maxretry: 'jail [{{jail}}] bans only after {{value}} failures (from {{origin}}), more than {{limit}}: password guessing gets {{value}} tries per window',
    findtime: 'jail [{{jail}}] counts failures over only {{value}} seconds (from {{origin}}), less than {{limit}}: a slow brute force never reaches maxretry',
    bantime: 'jail [{{jail}}] bans for only {{value}} seconds (from {{origin}}), less than {{limit}}: an attacker resumes right after each ban',
  },
  check(ctx) {
    const model = fail2banOf(ctx.host);
    if (model === undefined) return;
    const { maxRetry, minFindTime, minBanTime } = ctx.options;
    for (const jail of startedSshdJails(model)) {
      const checks = [
        { setting: jail.maxretry, bad: (v: number) => v > maxRetry, limit: maxRetry, id: 'maxretry' },
        { setting: jail.findtime, bad: (v: number) => v > 0 && v < minFindTime, limit: minFindTime, id: 'findtime' },
        { setting: jail.bantime, bad: (v: number) => v >= 0 && v < minBanTime, limit: minBanTime, id: 'bantime' },
      ] as const;
      for (const c of checks) {
        const v = c.setting.value;
        if (v === null || !c.bad(v)) continue;
        ctx.report({
          messageId: c.id,
          data: { jail: jail.name, value: v, limit: c.limit, origin: origin(c.setting) },
          at: settingLocation(model, jail, c.setting),
        });
      }
    }
  },
});
