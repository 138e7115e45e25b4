import { z } from 'zod';
import { defineRule } from '../../src/engine/define-rule.js';
import { firstValue, settingsOf, setValueFix, sshdOf } from './lib/settings.js';

export default defineRule({
  id: 'sshd/max-auth-tries',
  meta: {
    description: 'Too many authentication attempts are allowed per connection',
    severity: 'warning',
    tags: ['security', 'cis', 'devsec'],
    status: 'stable',
    presets: ['strict', 'cis', 'devsec'],
    references: [
      { title: 'sshd_config(5): MaxAuthTries', url: 'https://man.openbsd.org/sshd_config#MaxAuthTries' },
      { title: 'DevSec SSH Baseline sshd-19', url: 'https://github.com/dev-sec/ssh-baseline' },
      { title: 'ComplianceAsCode sshd_set_max_auth_tries', url: 'https://github.com/ComplianceAsCode/content' },
    ],
    anchors: { cis: ['Ubuntu 24.04 5.1.16', 'RHEL 9 5.1.16'], devsec: ['sshd-19'], lynis: ['SSH-7408'] },
    precision: 'very-high',
    securitySeverity: 4.3,
  },
  options: z.object({
    /** The highest accepted MaxAuthTries. CIS: 4, Lynis: 3, DevSec: 2. */
    max: z.number().int().min(1).default(4),
  }),
  messages: {
    tooManyTries:
      'Each connection may try {{value}} authentications {{where}} (MaxAuthTries {{value}}), more than {{max}}: password guessing gets more attempts per connection',
  },
  check(ctx) {
    const model = sshdOf(ctx);
    if (model === undefined) return;
    const { max } = ctx.options;
    for (const item of settingsOf(model, 'MaxAuthTries')) {
      const tries = Number(firstValue(item.setting));
      if (!Number.isFinite(tries) || tries <= max) continue;
      ctx.report({
        messageId: 'tooManyTries',
        data: { where: item.where, value: tries, max },
        at: item.at,
        fix: setValueFix(model, item, 'MaxAuthTries', String(max)),
      });
    }
  },
});
