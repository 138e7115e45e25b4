import { z } from 'zod';
import { defineRule } from '../../src/engine/define-rule.js';
import { checkAlgorithmList, isNistKex, isWeakKex } from './lib/algorithms.js';

export default defineRule({
  id: 'sshd/kex-algorithms',
  meta: {
    description: 'Weak key-exchange algorithms are enabled',
    severity: 'error',
    tags: ['security', 'crypto', 'cis', 'stig', 'devsec'],
    status: 'stable',
    presets: ['recommended', 'strict', 'cis', 'stig', 'devsec'],
    references: [
      { title: 'sshd_config(5): KexAlgorithms', url: 'https://man.openbsd.org/sshd_config#KexAlgorithms' },
      { title: 'ComplianceAsCode sshd_use_strong_kex', url: 'https://github.com/ComplianceAsCode/content' },
      { title: 'DevSec SSH Baseline sshd-02', url: 'https://github.com/dev-sec/ssh-baseline' },
      { title: 'ssh-audit', url: 'https://github.com/jtesta/ssh-audit' },
    ],
    anchors: {
      cis: ['Ubuntu 24.04 5.1.12', 'RHEL 9 5.1.5'],
      stig: ['UBTU-24-100840'],
      devsec: ['sshd-02'],
      sshAudit: ['Hardened OpenSSH Server policy: kex'],
    },
    precision: 'very-high',
    securitySeverity: 7.4,
  },
  options: z.object({
    /** Accept ECDH on NIST curves (CIS, STIG and FIPS do; ssh-audit fails them). */
    allowNist: z.boolean().default(true),
  }),
  messages: {
    weak: 'SHA-1 or 1024-bit key exchange is enabled {{where}}: {{algorithms}}. A client that negotiates it gets session keys an attacker with enough resources can recover',
    nist: 'Key exchange on NIST curves is enabled {{where}}: {{algorithms}}. ssh-audit rejects these curves as possibly weakened; prefer curve25519 or post-quantum hybrids',
  },
  check(ctx) {
    const allowNist = ctx.options.allowNist;
    checkAlgorithmList(ctx, {
      keyword: 'kexalgorithms',
      display: 'KexAlgorithms',
      findings: [
        { messageId: 'weak', pick: isWeakKex },
        { messageId: 'nist', pick: (n) => !allowNist && isNistKex(n) },
      ],
    });
  },
});
