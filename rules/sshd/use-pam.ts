import { defineRule } from '../../src/engine/define-rule.js';
import { expectSetting } from './lib/expect.js';

export default defineRule({
  id: 'sshd/use-pam',
  meta: {
    description: "PAM is not used for account and session checks",
    severity: 'warning',
    tags: ['security', 'cis', 'stig'],
    status: 'stable',
    presets: ['strict', 'cis', 'stig'],
    references: [
      { title: 'sshd_config(5): UsePAM', url: 'https://man.openbsd.org/sshd_config#UsePAM' },
      { title: 'ComplianceAsCode sshd_enable_pam', url: 'https://github.com/ComplianceAsCode/content' },
    ],
    anchors: {
      cis: ['Ubuntu 24.04 5.1.22', 'RHEL 9 5.1.22'],
      stig: ['RHEL-09-255050', 'UBTU-24-500050'],
    },
    precision: 'medium',
    securitySeverity: 4.0,
  },
  messages: {
    pamOff:
      "PAM is not used {{where}} (UsePAM {{value}}): account expiry, pam_faillock and session limits configured in /etc/pam.d do not apply to SSH logins",
  },
  check(ctx) {
    expectSetting(ctx, { keyword: 'UsePAM', messageId: 'pamOff', isWeak: (value) => value === 'no', good: 'yes' });
  },
});
