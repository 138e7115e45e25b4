import { defineRule } from '../../src/engine/define-rule.js';
import { expectSetting } from './lib/expect.js';

export default defineRule({
  id: 'sshd/pubkey-authentication',
  meta: {
    description: "Public key authentication is disabled",
    severity: 'warning',
    tags: ['security', 'stig', 'devsec'],
    status: 'stable',
    presets: ['recommended', 'strict', 'stig', 'devsec'],
    references: [
      { title: 'sshd_config(5): PubkeyAuthentication', url: 'https://man.openbsd.org/sshd_config#PubkeyAuthentication' },
      { title: 'DevSec SSH Baseline sshd-22', url: 'https://github.com/dev-sec/ssh-baseline' },
      { title: 'ComplianceAsCode sshd_enable_pubkey_auth', url: 'https://github.com/ComplianceAsCode/content' },
    ],
    anchors: {
      stig: ['RHEL-09-255035', 'UBTU-24-400030'],
      devsec: ['sshd-22'],
    },
    precision: 'high',
    securitySeverity: 5.0,
  },
  messages: {
    pubkeyDisabled:
      "Public key authentication is disabled {{where}} (PubkeyAuthentication {{value}}): users are pushed to weaker methods such as passwords",
  },
  check(ctx) {
    expectSetting(ctx, { keyword: 'PubkeyAuthentication', messageId: 'pubkeyDisabled', isWeak: (value) => value === 'no', good: 'yes' });
  },
});
