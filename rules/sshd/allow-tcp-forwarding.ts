import { defineRule } from '../../src/engine/define-rule.js';
import { checkValue } from './lib/value-check.js';

export default defineRule({
  id: 'sshd/allow-tcp-forwarding',
  meta: {
    description: 'TCP port forwarding is allowed',
    severity: 'warning',
    tags: ['security', 'devsec'],
    status: 'stable',
    presets: ['strict', 'devsec'],
    references: [
      { title: 'sshd_config(5): AllowTcpForwarding', url: 'https://man.openbsd.org/sshd_config#AllowTcpForwarding' },
      { title: 'DevSec SSH Baseline sshd-39', url: 'https://github.com/dev-sec/ssh-baseline' },
    ],
    anchors: { devsec: ['sshd-39'], lynis: ['SSH-7408'] },
    precision: 'high',
    securitySeverity: 4.3,
  },
  messages: {
    tcpForwarding:
      'TCP forwarding is allowed {{where}} (AllowTcpForwarding {{value}}): any user with a login can tunnel connections into the networks this server reaches',
  },
  check(ctx) {
    checkValue(ctx, {
      keyword: 'allowtcpforwarding',
      display: 'AllowTcpForwarding',
      judge: (value) => (value === 'no' ? undefined : 'tcpForwarding'),
      fixValue: 'no',
      unlessForwardingDisabled: true,
    });
  },
});
