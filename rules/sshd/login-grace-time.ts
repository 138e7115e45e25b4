import { z } from 'zod';
import { defineRule } from '../../src/engine/define-rule.js';
import { firstValue, seconds, settingsOf, setValueFix, sshdOf } from './lib/settings.js';

export default defineRule({
  id: 'sshd/login-grace-time',
  meta: {
    description: 'Unauthenticated connections are kept open too long',
    severity: 'note',
    tags: ['security', 'cis', 'devsec'],
    status: 'stable',
    presets: ['strict', 'cis', 'devsec'],
    references: [
      { title: 'sshd_config(5): LoginGraceTime', url: 'https://man.openbsd.org/sshd_config#LoginGraceTime' },
      { title: 'DevSec SSH Baseline sshd-18', url: 'https://github.com/dev-sec/ssh-baseline' },
      { title: 'ComplianceAsCode sshd_set_login_grace_time', url: 'https://github.com/ComplianceAsCode/content' },
    ],
    anchors: { cis: ['Ubuntu 24.04 5.1.13', 'RHEL 9 5.1.14'], devsec: ['sshd-18'], lynis: ['SSH-7408'] },
    precision: 'very-high',
    securitySeverity: 3.7,
  },
  options: z.object({
    /** The longest accepted LoginGraceTime, in seconds. CIS: 60, DevSec: 30. */
    max: z.number().int().min(1).default(60),
  }),
  messages: {
    unlimited:
      'Unauthenticated connections never time out {{where}} (LoginGraceTime 0): idle half-open logins pile up until MaxStartups refuses real users',
    tooLong:
      'Unauthenticated connections stay open {{value}} seconds {{where}} (LoginGraceTime), more than {{max}}: slow login floods hold MaxStartups slots longer',
  },
  check(ctx) {
    const model = sshdOf(ctx);
    if (model === undefined) return;
    const { max } = ctx.options;
    for (const item of settingsOf(model, 'LoginGraceTime')) {
      const grace = seconds(firstValue(item.setting));
      if (grace === undefined || (grace !== 0 && grace <= max)) continue;
      ctx.report({
        messageId: grace === 0 ? 'unlimited' : 'tooLong',
        data: { where: item.where, value: grace, max },
        at: item.at,
        fix: setValueFix(model, item, 'LoginGraceTime', String(max)),
      });
    }
  },
});
