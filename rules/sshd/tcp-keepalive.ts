import { defineRule } from '../../src/engine/define-rule.js';
import { checkValue } from './lib/value-check.js';

export default defineRule({
  id: 'sshd/tcp-keepalive',
  meta: {
    description: 'Dead connections are detected with spoofable TCP keepalives',
    severity: 'note',
    tags: ['security', 'devsec'],
    status: 'stable',
    presets: ['strict', 'devsec'],
    references: [
      { title: 'sshd_config(5): TCPKeepAlive', url: 'https://man.openbsd.org/sshd_config#TCPKeepAlive' },
      { title: 'DevSec SSH Baseline sshd-35', url: 'https://github.com/dev-sec/ssh-baseline' },
    ],
    anchors: { devsec: ['sshd-35'], lynis: ['SSH-7408'] },
    precision: 'high',
    securitySeverity: 2.0,
  },
  messages: {
    tcpKeepAlive:
      'TCP keepalives are on {{where}} (TCPKeepAlive {{value}}): they travel outside the encrypted channel and can be spoofed to keep a dead session alive',
  },
  check(ctx) {
    checkValue(ctx, {
      keyword: 'tcpkeepalive',
      display: 'TCPKeepAlive',
      judge: (value) => (value === 'yes' ? 'tcpKeepAlive' : undefined),
      fixValue: 'no',
      suggestion: 'Set TCPKeepAlive no and use ClientAliveInterval/ClientAliveCountMax, which run inside the encrypted channel',
    });
  },
});
