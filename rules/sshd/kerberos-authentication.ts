import { defineRule } from '../../src/engine/define-rule.js';
import { expectSetting } from './lib/expect.js';

export default defineRule({
  id: 'sshd/kerberos-authentication',
  meta: {
    description: "Kerberos password authentication is enabled",
    severity: 'note',
    tags: ['security', 'stig', 'devsec'],
    status: 'stable',
    presets: ['strict', 'stig', 'devsec'],
    references: [
      { title: 'sshd_config(5): KerberosAuthentication', url: 'https://man.openbsd.org/sshd_config#KerberosAuthentication' },
      { title: 'DevSec SSH Baseline sshd-30', url: 'https://github.com/dev-sec/ssh-baseline' },
      { title: 'ComplianceAsCode sshd_disable_kerb_auth', url: 'https://github.com/ComplianceAsCode/content' },
    ],
    anchors: {
      stig: ['RHEL-09-255140'],
      devsec: ['sshd-30'],
    },
    precision: 'medium',
    securitySeverity: 3.5,
  },
  messages: {
    kerberosEnabled:
      "Passwords are checked against Kerberos {{where}} (KerberosAuthentication {{value}}): unless the host uses Kerberos this is attack surface with no use",
  },
  check(ctx) {
    expectSetting(ctx, { keyword: 'KerberosAuthentication', messageId: 'kerberosEnabled', isWeak: (value) => value === 'yes', good: 'no' });
  },
});
