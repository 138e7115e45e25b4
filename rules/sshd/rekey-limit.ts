import { z } from 'zod';
import { defineRule } from '../../src/engine/define-rule.js';
import { checkValue } from './lib/value-check.js';

export default defineRule({
  id: 'sshd/rekey-limit',
  meta: {
    description: 'Session keys are not renegotiated after a bounded amount of data and time',
    severity: 'note',
    tags: ['crypto', 'stig'],
    status: 'stable',
    presets: ['strict', 'stig'],
    references: [
      { title: 'sshd_config(5): RekeyLimit', url: 'https://man.openbsd.org/sshd_config#RekeyLimit' },
      { title: 'ComplianceAsCode sshd_rekey_limit', url: 'https://github.com/ComplianceAsCode/content' },
    ],
    anchors: { stig: ['RHEL-09-255090'] },
    precision: 'very-high',
  },
  options: z.object({
    /** Most bytes between rekeys. STIG: 1G. */
    maxBytes: z.number().int().min(1).default(1024 ** 3),
    /** Most seconds between rekeys. STIG: 1h. */
    maxSeconds: z.number().int().min(1).default(3600),
  }),
  messages: {
    noDataLimit:
      'Keys are renegotiated only after the cipher\'s own data limit {{where}} (RekeyLimit {{value}}): the STIG wants an explicit limit of at most {{maxBytes}} bytes',
    dataLimitHigh: 'Keys are renegotiated only every {{bytes}} bytes {{where}} (policy: at most {{maxBytes}})',
    noTimeLimit: 'Keys are never renegotiated on a timer {{where}} (RekeyLimit {{value}}): long-lived sessions keep one key for their whole life',
    timeLimitHigh: 'Keys are renegotiated only every {{seconds}} seconds {{where}} (policy: at most {{maxSeconds}})',
  },
  check(ctx) {
    const { maxBytes, maxSeconds } = ctx.options;
    // `sshd -T` prints "<bytes> <seconds>", 0 meaning "cipher default" and "none" respectively.
    const parse = (value: string): [number, number] => {
      const [bytes, secs] = value.split(/\s+/).map(Number);
      return [bytes ?? 0, secs ?? 0];
    };
    const judge = (value: string): string | undefined => {
      const [bytes, secs] = parse(value);
      if (!Number.isFinite(bytes) || !Number.isFinite(secs)) return undefined;
      if (bytes === 0) return 'noDataLimit';
      if (bytes > maxBytes) return 'dataLimitHigh';
      if (secs === 0) return 'noTimeLimit';
      return secs > maxSeconds ? 'timeLimitHigh' : undefined;
    };
    checkValue(ctx, {
      keyword: 'rekeylimit',
      display: 'RekeyLimit',
      judge,
      fixValue: `${maxBytes % 1024 ** 3 === 0 ? `${maxBytes / 1024 ** 3}G` : String(maxBytes)} ${maxSeconds}`,
      data: (value) => {
        const [bytes, secs] = parse(value);
        return { maxBytes, maxSeconds, bytes, seconds: secs };
      },
    });
  },
});
