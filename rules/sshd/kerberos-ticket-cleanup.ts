import { defineRule } from '../../src/engine/define-rule.js';
import { expectSetting } from './lib/expect.js';

export default defineRule({
  id: 'sshd/kerberos-ticket-cleanup',
  meta: {
    description: "Kerberos tickets are kept after logout",
    severity: 'note',
    tags: ['security', 'devsec'],
    status: 'stable',
    presets: ['strict', 'devsec'],
    references: [
      { title: 'sshd_config(5): KerberosTicketCleanup', url: 'https://man.openbsd.org/sshd_config#KerberosTicketCleanup' },
      { title: 'DevSec SSH Baseline sshd-32', url: 'https://github.com/dev-sec/ssh-baseline' },
    ],
    anchors: {
      devsec: ['sshd-32'],
    },
    precision: 'high',
    securitySeverity: 2.0,
  },
  messages: {
    ticketsKept:
      "Kerberos ticket caches are left behind after logout {{where}} (KerberosTicketCleanup {{value}}): the tickets stay usable on the server",
  },
  check(ctx) {
    expectSetting(ctx, { keyword: 'KerberosTicketCleanup', messageId: 'ticketsKept', isWeak: (value) => value === 'no', good: 'yes' });
  },
});
