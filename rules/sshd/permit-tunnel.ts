import { defineRule } from '../../src/engine/define-rule.js';
import { checkValue } from './lib/value-check.js';

export default defineRule({
  id: 'sshd/permit-tunnel',
  meta: {
    description: 'Tunnel device forwarding (SSH VPN) is permitted',
    severity: 'warning',
    tags: ['security', 'devsec'],
    status: 'stable',
    presets: ['recommended', 'strict', 'devsec'],
    references: [
      { title: 'sshd_config(5): PermitTunnel', url: 'https://man.openbsd.org/sshd_config#PermitTunnel' },
      { title: 'DevSec SSH Baseline sshd-38', url: 'https://github.com/dev-sec/ssh-baseline' },
    ],
    anchors: { devsec: ['sshd-38'], lynis: ['SSH-7408'] },
    precision: 'very-high',
    securitySeverity: 5.3,
  },
  messages: {
    tunnel:
      'Layer-2/3 tunnelling is permitted {{where}} (PermitTunnel {{value}}): a user can bridge their machine into the server\'s networks like a VPN',
  },
  check(ctx) {
    checkValue(ctx, {
      keyword: 'permittunnel',
      display: 'PermitTunnel',
      judge: (value) => (value === 'no' ? undefined : 'tunnel'),
      fixValue: 'no',
    });
  },
});
