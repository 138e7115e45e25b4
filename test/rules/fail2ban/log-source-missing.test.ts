import rule from '../../../rules/fail2ban/log-source-missing.js';
import { testRule } from '../../helpers/rule-tester.js';

const J = 'etc/fail2ban/jail.local';

// On this Debian 12 machine without rsyslog, `fail2ban-client -t` with the stock [sshd] fails with
// "Have not found any log file for sshd jail"; with backend = systemd it passes.
testRule(rule, {
  valid: [
    { files: { [J]: '[sshd]\nenabled = true\nbackend = systemd\n' } },
    { files: { [J]: '[sshd]\nenabled = true\n' }, target: 'ubuntu-24.04' },
    // fail2ban 1.1 falls back to the journal for backend = auto.
    { files: { [J]: '[sshd]\nenabled = true\n' }, target: 'debian-13' },
    { files: { [J]: '[sshd]\nenabled = true\nlogpath = /var/log/sshd.log\n' } },
    { files: { [J]: '[sshd]\nenabled = true\n' }, options: { syslog: true } },
  ],
  invalid: [
    { files: { [J]: '[sshd]\nenabled = true\n' }, findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 7 }] },
    {
      files: { [J]: '[sshd]\nenabled = true\nbackend = polling\nlogpath = /var/log/auth.log\n' },
      findings: [{ messageId: 'missing', line: 4, column: 11, endColumn: 28 }],
    },
  ],
});
