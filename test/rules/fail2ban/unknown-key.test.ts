import rule from '../../../rules/fail2ban/unknown-key.js';
import { testRule } from '../../helpers/rule-tester.js';

const J = 'etc/fail2ban/jail.local';
const f2b = (text: string) => ({ files: { [J]: text } });

testRule(rule, {
  valid: [
    f2b('[sshd]\nenabled = true\nbantime.increment = true\nbantime.maxtime = 1w\n'),
    // A user's own variable, used through %(name)s.
    f2b('[DEFAULT]\nmy_ips = 192.0.2.10\nignoreip = 127.0.0.1/8 %(my_ips)s\n'),
    // Keys the package's files define.
    f2b('[DEFAULT]\nsshd_backend = systemd\naction = %(action_mwl)s\n'),
    f2b('[INCLUDES]\nbefore = paths-debian.conf\n'),
  ],
  invalid: [
    {
      ...f2b('[sshd]\nenable = true\nmaxretyr = 3\nbantime.max = 1w\n'),
      findings: [
        { messageId: 'didYouMean', line: 2, column: 1, endColumn: 7, messageIncludes: '"enabled"' },
        { messageId: 'didYouMean', line: 3, column: 1, endColumn: 9, messageIncludes: '"maxretry"' },
        { messageId: 'didYouMean', line: 4, column: 1, endColumn: 12, messageIncludes: '"bantime.maxtime"' },
      ],
    },
    { ...f2b('[DEFAULT]\nsomething_else = 1\n'), findings: [{ messageId: 'unknown', line: 2, column: 1, endColumn: 15 }] },
  ],
});
