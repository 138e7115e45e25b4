import { defineRule } from '../../src/engine/define-rule.js';
import { expectSetting } from './lib/expect.js';

export default defineRule({
  id: 'sshd/gssapi-cleanup-credentials',
  meta: {
    description: "GSSAPI credentials are kept after logout",
    severity: 'note',
    tags: ['security', 'devsec'],
    status: 'stable',
    presets: ['strict', 'devsec'],
    references: [
      { title: 'sshd_config(5): GSSAPICleanupCredentials', url: 'https://man.openbsd.org/sshd_config#GSSAPICleanupCredentials' },
      { title: 'DevSec SSH Baseline sshd-34', url: 'https://github.com/dev-sec/ssh-baseline' },
    ],
    anchors: {
      devsec: ['sshd-34'],
    },
    precision: 'high',
    securitySeverity: 2.0,
  },
  messages: {
    credentialsKept:
      "GSSAPI credential caches are left behind after logout {{where}} (GSSAPICleanupCredentials {{value}}): delegated tickets stay usable on the server",
  },
  check(ctx) {
    expectSetting(ctx, { keyword: 'GSSAPICleanupCredentials', messageId: 'credentialsKept', isWeak: (value) => value === 'no', good: 'yes' });
  },
});
