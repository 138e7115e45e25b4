import { defineRule } from '../../src/engine/define-rule.js';
import { checkValue } from './lib/value-check.js';

export default defineRule({
  id: 'sshd/gateway-ports',
  meta: {
    description: 'Remote port forwards can listen on public addresses',
    severity: 'warning',
    tags: ['security', 'devsec'],
    status: 'stable',
    presets: ['recommended', 'strict', 'devsec'],
    references: [
      { title: 'sshd_config(5): GatewayPorts', url: 'https://man.openbsd.org/sshd_config#GatewayPorts' },
      { title: 'DevSec SSH Baseline sshd-41', url: 'https://github.com/dev-sec/ssh-baseline' },
    ],
    anchors: { devsec: ['sshd-41'], lynis: ['SSH-7408'] },
    precision: 'very-high',
    securitySeverity: 5.3,
  },
  messages: {
    gatewayPorts:
      'Remote forwards may bind to non-loopback addresses {{where}} (GatewayPorts {{value}}): a user can publish a port of their laptop or an internal service to everyone who reaches this server',
  },
  check(ctx) {
    checkValue(ctx, {
      keyword: 'gatewayports',
      display: 'GatewayPorts',
      judge: (value) => (value === 'no' ? undefined : 'gatewayPorts'),
      fixValue: 'no',
      unlessForwardingDisabled: true,
    });
  },
});
