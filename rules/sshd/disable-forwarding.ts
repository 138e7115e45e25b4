import { defineRule } from '../../src/engine/define-rule.js';
import { checkValue } from './lib/value-check.js';

export default defineRule({
  id: 'sshd/disable-forwarding',
  meta: {
    description: 'Forwarding of every kind is not switched off with DisableForwarding',
    severity: 'warning',
    tags: ['security', 'cis'],
    status: 'stable',
    presets: ['strict', 'cis'],
    references: [
      { title: 'sshd_config(5): DisableForwarding', url: 'https://man.openbsd.org/sshd_config#DisableForwarding' },
      { title: 'ComplianceAsCode sshd_disable_forwarding', url: 'https://github.com/ComplianceAsCode/content' },
    ],
    anchors: { cis: ['Ubuntu 24.04 5.1.8', 'RHEL 9 5.1.10'] },
    precision: 'high',
    securitySeverity: 4.3,
  },
  messages: {
    forwardingAllowed:
      'Forwarding is not disabled {{where}} (DisableForwarding {{value}}): users can tunnel TCP, Unix sockets, their agent and X11 through this server',
  },
  check(ctx) {
    checkValue(ctx, {
      keyword: 'disableforwarding',
      display: 'DisableForwarding',
      judge: (value) => (value === 'yes' ? undefined : 'forwardingAllowed'),
      fixValue: 'yes',
    });
  },
});
