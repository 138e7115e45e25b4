import rule from '../../../rules/fail2ban/parse-error.js';
import { testRule } from '../../helpers/rule-tester.js';

const J = 'etc/fail2ban/jail.local';
const f2b = (text: string, extra: Record<string, string> = {}) => ({ files: { [J]: text, ...extra } });

// Each refused case was checked with `fail2ban-client -c DIR -d` (fail2ban 1.0.2): exit 255.
testRule(rule, {
  valid: [
    f2b('[sshd]\nenabled = true\nport = 2222\n'),
    f2b('[DEFAULT]\nbantime = 1h\n[DEFAULT]\nfindtime = 10m\n'),
    // A section repeated in another file is an override, not an error.
    f2b('[sshd]\nenabled = true\n', { 'etc/fail2ban/jail.d/custom.local': '[sshd]\nmaxretry = 3\n' }),
    // A typo'd jail beside a working one: fail2ban skips it... only when enabled; disabled ones are never read.
    f2b('[ssh]\nenabled = false\n'),
  ],
  invalid: [
    { ...f2b('[sshd]\nenabled = true\nmaxretry = 3\n\n[sshd]\nbantime = 1h\n'), findings: [{ messageId: 'refused', line: 5, column: 1, endColumn: 7 }] },
    { ...f2b('[sshd]\nmaxretry = 3\nmaxretry = 4\n'), findings: [{ messageId: 'refused', line: 3, column: 1, endColumn: 13 }] },
    { ...f2b('[sshd]\nmaxretry 3\n'), findings: [{ messageId: 'refused', line: 2, column: 1, endColumn: 11 }] },
    { ...f2b('enabled = true\n[sshd]\n'), findings: [{ messageId: 'refused', line: 1, column: 1, endColumn: 15 }] },
    {
      name: 'undefined interpolation in an enabled jail',
      ...f2b('[sshd]\nenabled = true\nlogpath = %(undefined_log)s\n'),
      findings: [{ messageId: 'refused', line: 3, column: 1, messageIncludes: 'undefined_log' }],
    },
    {
      name: 'a jail whose filter does not exist, and no other jail starts',
      ...f2b('[sshd]\nenabled = false\n\n[ssh]\nenabled = true\n'),
      findings: [
        { messageId: 'jailSkipped', line: 4, column: 1, messageIncludes: "Unable to read the filter 'ssh'" },
        { messageId: 'refused', line: 4, column: 1, messageIncludes: 'no enabled jail is left to start' },
      ],
    },
    {
      name: 'a skipped jail beside a working one',
      ...f2b('[sshd]\nenabled = true\n\n[myjail]\nenabled = true\naction = nonexistent-action\nfilter = sshd\n'),
      findings: [{ messageId: 'jailSkipped', line: 4, column: 1, messageIncludes: "Unable to read action 'nonexistent-action'" }],
    },
  ],
});
