import { defineRule } from '../../src/engine/define-rule.js';
import { checkValue } from './lib/value-check.js';

export default defineRule({
  id: 'sshd/unused-connection-timeout',
  meta: {
    description: 'Connections without any open channel are never closed',
    severity: 'note',
    tags: ['security'],
    status: 'stable',
    presets: ['strict'],
    references: [
      { title: 'sshd_config(5): UnusedConnectionTimeout', url: 'https://man.openbsd.org/sshd_config#UnusedConnectionTimeout' },
      { title: 'sshd_config(5): ChannelTimeout', url: 'https://man.openbsd.org/sshd_config#ChannelTimeout' },
    ],
    precision: 'high',
    securitySeverity: 2.0,
  },
  messages: {
    noTimeout:
      'Connections with no open channels are kept forever {{where}} (UnusedConnectionTimeout {{value}}): idle multiplexed or forwarding-only connections accumulate on the server',
  },
  check(ctx) {
    // The keyword exists from OpenSSH 9.2; checkValue skips targets that do not know it.
    checkValue(ctx, {
      keyword: 'unusedconnectiontimeout',
      display: 'UnusedConnectionTimeout',
      judge: (value) => (value === 'none' || value === '0' ? 'noTimeout' : undefined),
      fixValue: '1h',
    });
  },
});
