import { defineRule } from '../../src/engine/define-rule.js';
import { expectSetting } from './lib/expect.js';

export default defineRule({
  id: 'sshd/permit-empty-passwords',
  meta: {
    description: "Accounts with an empty password can log in",
    severity: 'error',
    tags: ['security', 'cis', 'stig', 'devsec'],
    status: 'stable',
    presets: ['recommended', 'strict', 'cis', 'stig', 'devsec'],
    references: [
      { title: 'sshd_config(5): PermitEmptyPasswords', url: 'https://man.openbsd.org/sshd_config#PermitEmptyPasswords' },
      { title: 'DevSec SSH Baseline sshd-28', url: 'https://github.com/dev-sec/ssh-baseline' },
      { title: 'ComplianceAsCode sshd_disable_empty_passwords', url: 'https://github.com/ComplianceAsCode/content' },
    ],
    anchors: {
      cis: ['Ubuntu 24.04 5.1.19', 'RHEL 9 5.1.19'],
      stig: ['RHEL-09-255040', 'UBTU-24-300031'],
      devsec: ['sshd-28'],
    },
    precision: 'very-high',
    securitySeverity: 9.8,
  },
  messages: {
    emptyPasswords:
      "Accounts with an empty password can log in {{where}} (PermitEmptyPasswords {{value}}): anyone who knows such a user name gets a shell",
  },
  check(ctx) {
    expectSetting(ctx, { keyword: 'PermitEmptyPasswords', messageId: 'emptyPasswords', isWeak: (value) => value === 'yes', good: 'no' });
  },
});
