import rule from '../../../rules/fail2ban/sshd-jail-disabled.js';
import { testRule } from '../../helpers/rule-tester.js';

const J = 'etc/fail2ban/jail.local';
const f2b = (text: string, target?: string) => ({ files: { [J]: text }, ...(target ? { target } : {}) });

// Enabled states checked with fail2ban-client -d (1.0.2): only true/yes/on/1 start a jail.
testRule(rule, {
  valid: [
    // Debian's jail.d/defaults-debian.conf enables [sshd]; a jail.local that does not mention it keeps that.
    f2b('[DEFAULT]\nbantime = 1h\n'),
    f2b('[sshd]\nenabled = yes\n'),
    f2b('[sshd]\nenabled = false\n\n[sshd-2222]\nenabled = true\nfilter = sshd\nport = 2222\n'),
  ],
  invalid: [
    { ...f2b('[sshd]\nenabled = false\n'), findings: [{ messageId: 'disabled', line: 2, column: 11, endColumn: 16 }] },
    { name: '"y" is not a truth word', ...f2b('[sshd]\nenabled = y\n'), findings: [{ messageId: 'disabled', line: 2, column: 11, endColumn: 12 }] },
    {
      name: 'RHEL ships no enabling drop-in, and "enable" is not a key',
      ...f2b('[sshd]\nenable = true\n', 'rhel-9'),
      findings: [{ messageId: 'disabled', line: 1, column: 1, endColumn: 7 }],
    },
  ],
});
