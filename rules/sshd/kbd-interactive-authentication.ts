import { defineRule } from '../../src/engine/define-rule.js';
import { expectSetting } from './lib/expect.js';

export default defineRule({
  id: 'sshd/kbd-interactive-authentication',
  meta: {
    description: "Keyboard-interactive authentication is enabled",
    severity: 'error',
    tags: ['security', 'devsec'],
    status: 'stable',
    presets: ['strict', 'devsec'],
    references: [
      { title: 'sshd_config(5): KbdInteractiveAuthentication', url: 'https://man.openbsd.org/sshd_config#KbdInteractiveAuthentication' },
      { title: 'DevSec SSH Baseline sshd-29', url: 'https://github.com/dev-sec/ssh-baseline' },
    ],
    anchors: {
      devsec: ['sshd-29'],
    },
    precision: 'high',
    securitySeverity: 7.5,
  },
  messages: {
    kbdEnabled:
      "Keyboard-interactive authentication is enabled {{where}} (KbdInteractiveAuthentication {{value}}): with UsePAM yes this is a second way to log in with a password",
  },
  check(ctx) {
    expectSetting(ctx, { keyword: 'KbdInteractiveAuthentication', messageId: 'kbdEnabled', isWeak: (value) => value === 'yes', good: 'no' });
  },
});
