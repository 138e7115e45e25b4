import { defineRule } from '../../src/engine/define-rule.js';
import { expectSetting } from './lib/expect.js';

export default defineRule({
  id: 'sshd/password-authentication',
  meta: {
    description: "Password authentication is enabled",
    severity: 'error',
    tags: ['security', 'devsec'],
    status: 'stable',
    presets: ['strict', 'devsec'],
    references: [
      { title: 'sshd_config(5): PasswordAuthentication', url: 'https://man.openbsd.org/sshd_config#PasswordAuthentication' },
      { title: 'DevSec SSH Baseline sshd-27', url: 'https://github.com/dev-sec/ssh-baseline' },
    ],
    anchors: {
      devsec: ['sshd-27'],
    },
    precision: 'very-high',
    securitySeverity: 7.5,
  },
  messages: {
    passwordEnabled:
      "Password authentication is enabled {{where}} (PasswordAuthentication {{value}}): passwords can be guessed, phished and reused, keys cannot",
  },
  check(ctx) {
    expectSetting(ctx, { keyword: 'PasswordAuthentication', messageId: 'passwordEnabled', isWeak: (value) => value === 'yes', good: 'no' });
  },
});
