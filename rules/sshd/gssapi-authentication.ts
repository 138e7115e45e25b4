import { defineRule } from '../../src/engine/define-rule.js';
import { expectSetting } from './lib/expect.js';

export default defineRule({
  id: 'sshd/gssapi-authentication',
  meta: {
    description: "GSSAPI authentication is enabled",
    severity: 'note',
    tags: ['security', 'cis', 'stig', 'devsec'],
    status: 'stable',
    presets: ['strict', 'cis', 'stig', 'devsec'],
    references: [
      { title: 'sshd_config(5): GSSAPIAuthentication', url: 'https://man.openbsd.org/sshd_config#GSSAPIAuthentication' },
      { title: 'DevSec SSH Baseline sshd-33', url: 'https://github.com/dev-sec/ssh-baseline' },
      { title: 'ComplianceAsCode sshd_disable_gssapi_auth', url: 'https://github.com/ComplianceAsCode/content' },
    ],
    anchors: {
      cis: ['Ubuntu 24.04 5.1.9 (Level 2)', 'RHEL 9 5.1.11 (Level 2)'],
      stig: ['RHEL-09-255135'],
      devsec: ['sshd-33'],
    },
    precision: 'medium',
    securitySeverity: 3.5,
  },
  messages: {
    gssapiEnabled:
      "GSSAPI authentication is enabled {{where}} (GSSAPIAuthentication {{value}}): unless the host uses Kerberos single sign-on this is attack surface with no use",
  },
  check(ctx) {
    expectSetting(ctx, { keyword: 'GSSAPIAuthentication', messageId: 'gssapiEnabled', isWeak: (value) => value === 'yes', good: 'no' });
  },
});
