import { defineRule } from '../../src/engine/define-rule.js';
import { checkValue } from './lib/value-check.js';

export default defineRule({
  id: 'sshd/allow-streamlocal-forwarding',
  meta: {
    description: 'Unix-domain socket forwarding is allowed',
    severity: 'note',
    tags: ['security'],
    status: 'stable',
    presets: ['strict'],
    references: [
      { title: 'sshd_config(5): AllowStreamLocalForwarding', url: 'https://man.openbsd.org/sshd_config#AllowStreamLocalForwarding' },
    ],
    precision: 'high',
    securitySeverity: 3.1,
  },
  messages: {
    streamLocalForwarding:
      'Unix socket forwarding is allowed {{where}} (AllowStreamLocalForwarding {{value}}): users can reach local sockets such as a Docker or database socket through the tunnel',
  },
  check(ctx) {
    checkValue(ctx, {
      keyword: 'allowstreamlocalforwarding',
      display: 'AllowStreamLocalForwarding',
      judge: (value) => (value === 'no' ? undefined : 'streamLocalForwarding'),
      fixValue: 'no',
      unlessForwardingDisabled: true,
    });
  },
});
