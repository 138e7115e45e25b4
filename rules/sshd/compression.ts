import { z } from 'zod';
import { defineRule } from '../../src/engine/define-rule.js';
import { checkValue } from './lib/value-check.js';

export default defineRule({
  id: 'sshd/compression',
  meta: {
    description: 'Compression is enabled',
    severity: 'note',
    tags: ['security', 'stig'],
    status: 'stable',
    presets: ['strict', 'stig'],
    references: [
      { title: 'sshd_config(5): Compression', url: 'https://man.openbsd.org/sshd_config#Compression' },
      { title: 'ComplianceAsCode sshd_disable_compression', url: 'https://github.com/ComplianceAsCode/content' },
    ],
    anchors: { stig: ['OL07-00-040470'], lynis: ['SSH-7408'] },
    precision: 'high',
    securitySeverity: 2.0,
  },
  options: z.object({
    /** Accept `Compression delayed` as written (the old STIG answer); `sshd -T` prints it as yes since OpenSSH 7.4. */
    allowDelayed: z.boolean().default(false),
  }),
  messages: {
    compression:
      'Compression is enabled {{where}} (Compression {{value}}): it adds compression code to the attack surface and can leak information about encrypted data by its size',
  },
  check(ctx) {
    const allowDelayed = ctx.options.allowDelayed;
    checkValue(ctx, {
      keyword: 'compression',
      display: 'Compression',
      judge: (value, item) => {
        if (value !== 'yes') return undefined;
        if (allowDelayed) {
          const written = item.context.effective.get('compression').source?.args[0]?.value.toLowerCase();
          if (written === 'delayed') return undefined;
        }
        return 'compression';
      },
      fixValue: 'no',
    });
  },
});
