import { z } from 'zod';
import { defineRule } from '../../src/engine/define-rule.js';
import { artifactsOf, lineLocation } from './lib/artifacts.js';
import { listItems, sshdOf, tryGet } from './lib/settings.js';

export default defineRule({
  id: 'sshd/moduli',
  meta: {
    description: 'The moduli file offers Diffie-Hellman groups smaller than the policy allows',
    severity: 'warning',
    tags: ['security', 'crypto', 'devsec'],
    status: 'stable',
    presets: ['strict', 'devsec'],
    references: [
      { title: 'moduli(5)', url: 'https://man.openbsd.org/moduli.5' },
      { title: 'ssh-audit hardening guides', url: 'https://www.ssh-audit.com/hardening_guides.html' },
      { title: 'DevSec SSH Baseline sshd-48', url: 'https://github.com/dev-sec/ssh-baseline' },
    ],
    anchors: { devsec: ['sshd-48'], sshAudit: ['policy dh_modulus_sizes'] },
    precision: 'very-high',
    securitySeverity: 4.3,
  },
  options: z.object({
    /** Smallest acceptable group in bits. ssh-audit: 3072; DevSec: 2048. */
    minBits: z.number().int().min(1024).default(3072),
  }),
  messages: {
    smallGroups:
      '{{count}} Diffie-Hellman groups in {{path}} are smaller than {{min}} bits (the first is {{bits}} bits), and DH group exchange is enabled: a client that asks for a small group gets one',
  },
  check(ctx) {
    const model = sshdOf(ctx);
    if (model === undefined) return;
    const global = model.contexts().find((c) => c.match === null);
    const kex = global === undefined ? undefined : tryGet(global.effective, 'kexalgorithms');
    const gex = kex === undefined ? [] : listItems(kex).filter((k) => k.startsWith('diffie-hellman-group-exchange-'));
    if (gex.length === 0) return; // the moduli file is only read for DH group exchange
    const min = ctx.options.minBits;
    for (const moduli of artifactsOf(ctx, 'moduli')) {
      const lines = (moduli.text ?? '').split(/\r?\n/);
      // Fields: time type tests tries size generator modulus; `size` is the bit length minus one.
      const weak = lines
        .map((text, i) => ({ line: i + 1, fields: text.trim().split(/\s+/) }))
        .filter(({ fields }) => fields.length >= 7 && !(fields[0] ?? '').startsWith('#'))
        .map(({ line, fields }) => ({ line, bits: Number(fields[4]) + 1 }))
        .filter(({ bits }) => Number.isFinite(bits) && bits < min);
      const first = weak[0];
      if (first === undefined) continue;
      ctx.report({
        messageId: 'smallGroups',
        data: { count: weak.length, path: moduli.hostPath, min, bits: first.bits },
        at: lineLocation(moduli, first.line),
        related: kex?.source ? [{ ...kex.source.location, message: 'DH group exchange is enabled here' }] : [],
        suggestion: `Keep only large groups: awk '$5 >= ${min - 1}' ${moduli.hostPath} > moduli.safe && mv moduli.safe ${moduli.hostPath}, or drop diffie-hellman-group-exchange-* from KexAlgorithms`,
      });
    }
  },
});
