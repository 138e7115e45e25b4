import rule from '../../../rules/fail2ban/weak-thresholds.js';
import { testRule } from '../../helpers/rule-tester.js';

const J = 'etc/fail2ban/jail.local';
const f2b = (text: string) => ({ files: { [J]: text } });

testRule(rule, {
  valid: [
    f2b('[sshd]\nenabled = true\n'),
    f2b('[sshd]\nenabled = true\nmaxretry = 3\nfindtime = 1h\nbantime = -1\n'),
    { files: { [J]: '[sshd]\nenabled = true\nmaxretry = 8\n' }, options: { maxRetry: 10 } },
    // Not an sshd jail.
    f2b('[recidive]\nenabled = true\nbantime = 60\n'),
  ],
  invalid: [
    {
      ...f2b('[DEFAULT]\nbantime = 1m\n\n[sshd]\nenabled = true\nmaxretry = 20\nfindtime = 30s\n'),
      findings: [
        { messageId: 'bantime', line: 2, column: 11, endColumn: 13, messageIncludes: 'only 60 seconds' },
        { messageId: 'maxretry', line: 6, column: 12, endColumn: 14 },
        { messageId: 'findtime', line: 7, column: 12, endColumn: 15, messageIncludes: 'only 30 seconds' },
      ],
    },
  ],
});
