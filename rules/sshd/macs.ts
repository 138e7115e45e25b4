import { z } from 'zod';
import { defineRule } from '../../src/engine/define-rule.js';
import { checkAlgorithmList, isNonEtmMac, isShortTagMac, isWeakMac } from './lib/algorithms.js';

export default defineRule({
  id: 'sshd/macs',
  meta: {
    description: 'Weak MAC algorithms are enabled',
    severity: 'warning',
    tags: ['security', 'crypto', 'cis', 'stig', 'devsec'],
    status: 'stable',
    presets: ['strict', 'cis', 'stig', 'devsec'],
    references: [
      { title: 'sshd_config(5): MACs', url: 'https://man.openbsd.org/sshd_config#MACs' },
      { title: 'ComplianceAsCode sshd_use_strong_macs / sshd_use_approved_macs', url: 'https://github.com/ComplianceAsCode/content' },
      { title: 'DevSec SSH Baseline sshd-03', url: 'https://github.com/dev-sec/ssh-baseline' },
      { title: 'ssh-audit', url: 'https://github.com/jtesta/ssh-audit' },
    ],
    anchors: {
      cis: ['Ubuntu 24.04 5.1.15', 'RHEL 9 5.1.6'],
      stig: ['RHEL-09-255075', 'UBTU-24-100830'],
      devsec: ['sshd-03'],
      sshAudit: ['Hardened OpenSSH Server policy: macs'],
    },
    precision: 'very-high',
    securitySeverity: 5.9,
  },
  options: z.object({
    /** Accept encrypt-and-MAC (non-EtM) SHA-2 MACs, which CIS, the STIG and DevSec still list. */
    allowNonEtm: z.boolean().default(false),
    /** Accept umac-64 (64-bit tag). */
    allowShortTag: z.boolean().default(false),
    /** Reject MACs without FIPS 140 approval (umac-*), as the STIG does. */
    fips: z.boolean().default(false),
  }),
  messages: {
    weak: 'MD5, SHA-1, RIPEMD or truncated MACs are enabled {{where}}: {{algorithms}}. They are the weakest integrity protection a client can negotiate',
    nonEtm:
      'Encrypt-and-MAC algorithms are enabled {{where}}: {{algorithms}}. The MAC is computed over the plaintext, which has leaked information in the past; the -etm@openssh.com variants do not',
    shortTag: '64-bit MAC tags are enabled {{where}}: {{algorithms}}. A 64-bit tag gives little margin against forgery on long sessions',
    notFips: 'MACs without FIPS 140 approval are enabled {{where}}: {{algorithms}}. The STIG allows only HMAC-SHA2',
  },
  check(ctx) {
    const { allowNonEtm, allowShortTag, fips } = ctx.options;
    checkAlgorithmList(ctx, {
      keyword: 'macs',
      display: 'MACs',
      findings: [
        { messageId: 'weak', pick: isWeakMac },
        { messageId: 'shortTag', pick: (n) => !allowShortTag && isShortTagMac(n) },
        { messageId: 'nonEtm', pick: (n) => !allowNonEtm && isNonEtmMac(n) },
        { messageId: 'notFips', pick: (n) => fips && n.startsWith('umac-') },
      ],
    });
  },
});
