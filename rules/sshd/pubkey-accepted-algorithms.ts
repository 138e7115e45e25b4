import { z } from 'zod';
import { defineRule } from '../../src/engine/define-rule.js';
import { checkSignatureList, isNistCurve, isSha1OrDsa } from './lib/signature-algorithms.js';

export default defineRule({
  id: 'sshd/pubkey-accepted-algorithms',
  meta: {
    description: 'User keys may sign with SHA-1 or DSA',
    severity: 'warning',
    tags: ['security', 'crypto'],
    status: 'stable',
    presets: ['recommended', 'strict'],
    references: [
      { title: 'sshd_config(5): PubkeyAcceptedAlgorithms', url: 'https://man.openbsd.org/sshd_config#PubkeyAcceptedAlgorithms' },
      { title: 'ssh-audit hardening guides', url: 'https://www.ssh-audit.com/hardening_guides.html' },
      { title: 'SHA-1 is a Shambles (chosen-prefix collision)', url: 'https://sha-mbles.github.io/' },
    ],
    anchors: { sshAudit: ['hardening guide: PubkeyAcceptedAlgorithms'] },
    precision: 'very-high',
    securitySeverity: 5.3,
  },
  options: z.object({
    /** Also reject ECDSA keys on the NIST curves, as ssh-audit's guides do. */
    rejectNistCurves: z.boolean().default(false),
  }),
  messages: {
    weakAlgorithms:
      'User key signatures with {{weak}} are accepted {{where}} ({{keyword}}): SHA-1 and DSA signatures can be forged by well-funded attackers',
  },
  check(ctx) {
    const nist = ctx.options.rejectNistCurves;
    checkSignatureList(ctx, 'PubkeyAcceptedAlgorithms', 'weakAlgorithms', (a) => isSha1OrDsa(a) || (nist && isNistCurve(a)));
  },
});
