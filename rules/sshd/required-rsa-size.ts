import { z } from 'zod';
import { defineRule } from '../../src/engine/define-rule.js';
import { firstValue, settingsOf, setValueFix, sshdOf } from './lib/settings.js';

export default defineRule({
  id: 'sshd/required-rsa-size',
  meta: {
    description: 'RSA keys shorter than 3072 bits are accepted',
    severity: 'warning',
    tags: ['security', 'crypto'],
    status: 'stable',
    presets: ['strict'],
    references: [
      { title: 'sshd_config(5): RequiredRSASize', url: 'https://man.openbsd.org/sshd_config#RequiredRSASize' },
      { title: 'ssh-audit hardening guides', url: 'https://www.ssh-audit.com/hardening_guides.html' },
    ],
    anchors: { sshAudit: ['hardening guide: RequiredRSASize 3072'] },
    precision: 'high',
    securitySeverity: 4.0,
  },
  options: z.object({
    /** The smallest accepted RequiredRSASize, in bits. */
    min: z.number().int().min(1024).default(3072),
  }),
  messages: {
    smallRsa:
      'RSA user and host keys of {{value}} bits are accepted {{where}} (RequiredRSASize {{value}}), less than {{min}}: such keys are within reach of well-funded attackers',
  },
  check(ctx) {
    const model = sshdOf(ctx);
    if (model === undefined) return;
    const { min } = ctx.options;
    // settingsOf skips targets whose sshd predates RequiredRSASize (OpenSSH < 9.1): nothing to set there.
    for (const item of settingsOf(model, 'RequiredRSASize')) {
      const bits = Number(firstValue(item.setting));
      if (!Number.isFinite(bits) || bits >= min) continue;
      ctx.report({
        messageId: 'smallRsa',
        data: { where: item.where, value: bits, min },
        at: item.at,
        fix: setValueFix(model, item, 'RequiredRSASize', String(min)),
      });
    }
  },
});
