import { z } from 'zod';
import { defineRule } from '../../src/engine/define-rule.js';
import { checkAlgorithmList, isNistKeyAlgorithm, isWeakKeyAlgorithm } from './lib/algorithms.js';

export default defineRule({
  id: 'sshd/host-key-algorithms',
  meta: {
    description: 'The server offers weak host-key signature algorithms',
    severity: 'warning',
    tags: ['security', 'crypto'],
    status: 'stable',
    presets: ['recommended', 'strict'],
    references: [
      { title: 'sshd_config(5): HostKeyAlgorithms', url: 'https://man.openbsd.org/sshd_config#HostKeyAlgorithms' },
      { title: 'ssh-audit', url: 'https://github.com/jtesta/ssh-audit' },
    ],
    anchors: { sshAudit: ['hardening guide: HostKeyAlgorithms'] },
    precision: 'very-high',
    securitySeverity: 5.9,
  },
  options: z.object({
    /** Accept ECDSA on NIST curves (ssh-audit fails them). */
    allowNist: z.boolean().default(true),
  }),
  messages: {
    weak: 'Weak host-key signatures are offered {{where}}: {{algorithms}}. SHA-1 RSA and DSA signatures let a capable attacker impersonate this server',
    nist: 'ECDSA host-key signatures on NIST curves are offered {{where}}: {{algorithms}}. ssh-audit rejects these curves; prefer ssh-ed25519 and rsa-sha2',
  },
  check(ctx) {
    const allowNist = ctx.options.allowNist;
    checkAlgorithmList(ctx, {
      keyword: 'hostkeyalgorithms',
      display: 'HostKeyAlgorithms',
      findings: [
        { messageId: 'weak', pick: isWeakKeyAlgorithm },
        { messageId: 'nist', pick: (n) => !allowNist && isNistKeyAlgorithm(n) },
      ],
    });
  },
});
