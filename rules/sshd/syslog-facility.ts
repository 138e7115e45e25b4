import { defineRule } from '../../src/engine/define-rule.js';
import { checkValue } from './lib/value-check.js';

export default defineRule({
  id: 'sshd/syslog-facility',
  meta: {
    description: 'Logs go to a syslog facility other than AUTH or AUTHPRIV',
    severity: 'note',
    tags: ['devsec'],
    status: 'stable',
    presets: ['strict', 'devsec'],
    references: [
      { title: 'sshd_config(5): SyslogFacility', url: 'https://man.openbsd.org/sshd_config#SyslogFacility' },
      { title: 'DevSec SSH Baseline sshd-12', url: 'https://github.com/dev-sec/ssh-baseline' },
    ],
    anchors: { devsec: ['sshd-12'] },
    precision: 'high',
  },
  messages: {
    facility:
      'sshd logs to the {{value}} facility {{where}}: its messages miss /var/log/auth.log (or /var/log/secure), which fail2ban and log monitoring read by default',
  },
  check(ctx) {
    checkValue(ctx, {
      keyword: 'syslogfacility',
      display: 'SyslogFacility',
      judge: (value) => (value === 'auth' || value === 'authpriv' ? undefined : 'facility'),
      fixValue: 'AUTH',
    });
  },
});
