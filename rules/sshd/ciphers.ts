import { z } from 'zod';
import { defineRule } from '../../src/engine/define-rule.js';
import { checkAlgorithmList, isBrokenCipher, isCbcCipher, isFipsCipher } from './lib/algorithms.js';

export default defineRule({
  id: 'sshd/ciphers',
  meta: {
    description: 'Weak or non-approved ciphers are enabled',
    severity: 'error',
    tags: ['security', 'crypto', 'cis', 'stig', 'devsec'],
    status: 'stable',
    presets: ['recommended', 'strict', 'cis', 'stig', 'devsec'],
    references: [
      { title: 'sshd_config(5): Ciphers', url: 'https://man.openbsd.org/sshd_config#Ciphers' },
      { title: 'ComplianceAsCode sshd_use_strong_ciphers / sshd_use_approved_ciphers', url: 'https://github.com/ComplianceAsCode/content' },
      { title: 'DevSec SSH Baseline sshd-01', url: 'https://github.com/dev-sec/ssh-baseline' },
      { title: 'ssh-audit', url: 'https://github.com/jtesta/ssh-audit' },
    ],
    anchors: {
      cis: ['Ubuntu 24.04 5.1.6', 'RHEL 9 5.1.4'],
      stig: ['RHEL-09-255065', 'UBTU-24-100820'],
      devsec: ['sshd-01'],
      sshAudit: ['Hardened OpenSSH Server policy: ciphers'],
    },
    precision: 'very-high',
    securitySeverity: 7.4,
  },
  options: z.object({
    /** Also reject ciphers without FIPS 140 approval (chacha20-poly1305), as the STIG does. */
    fips: z.boolean().default(false),
  }),
  messages: {
    broken:
      'Broken ciphers are enabled {{where}}: {{algorithms}}. A client that offers them gets a connection an attacker can decrypt or tamper with',
    cbc: 'CBC-mode ciphers are enabled {{where}}: {{algorithms}}. CBC in SSH has a history of plaintext-recovery attacks and is Terrapin-prone with EtM MACs',
    notFips: 'Ciphers without FIPS 140 approval are enabled {{where}}: {{algorithms}}. The STIG allows only AES in CTR or GCM mode',
  },
  check(ctx) {
    const fips = ctx.options.fips;
    checkAlgorithmList(ctx, {
      keyword: 'ciphers',
      display: 'Ciphers',
      findings: [
        { messageId: 'broken', pick: isBrokenCipher },
        { messageId: 'cbc', pick: isCbcCipher },
        { messageId: 'notFips', pick: (n) => fips && !isFipsCipher(n) },
      ],
    });
  },
});
