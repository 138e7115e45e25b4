import rule from '../../../rules/fail2ban/invalid-value.js';
import { testRule } from '../../helpers/rule-tester.js';

const J = 'etc/fail2ban/jail.local';
const f2b = (text: string) => ({ files: { [J]: text } });

// fail2ban-client --str2sec confirms: 10m = 600, 1d12h = 129600, -1 accepted; "1x" raises an error.
testRule(rule, {
  valid: [
    f2b('[sshd]\nenabled = true\nport = ssh,2222,10000:10010\nmaxretry = 3\nfindtime = 1d12h\nbantime = -1\nbackend = systemd\nmode = aggressive\n'),
    f2b('[sshd]\nenabled = On\nbantime = 1year-6mo\n'),
    // Values of disabled jails are never used.
    f2b('[recidive]\nenabled = false\nbantime = 1x\n'),
  ],
  invalid: [
    {
      ...f2b('[sshd]\nenabled = true\nport = 99999\nbantime = 1x\nmaxretry = 3x\n'),
      findings: [
        { messageId: 'badPort', line: 3, column: 8, endColumn: 13 },
        { messageId: 'badTime', line: 4, column: 11, endColumn: 13 },
        { messageId: 'badInteger', line: 5, column: 12, endColumn: 14 },
      ],
    },
    { ...f2b('[sshd]\nenabled = maybe\n'), findings: [{ messageId: 'badBool', line: 2, column: 11, endColumn: 16 }] },
    {
      name: 'bantime.maxtime with an unknown unit',
      ...f2b('[DEFAULT]\nbantime.increment = true\nbantime.maxtime = 5 weeks\nbantime.rndtime = 2x\n'),
      findings: [{ messageId: 'badTime', line: 4, column: 19, endColumn: 21 }],
    },
    { ...f2b('[sshd]\nenabled = true\nbackend = journald\n'), findings: [{ messageId: 'badBackend', line: 3, column: 11, endColumn: 19 }] },
    { ...f2b('[sshd]\nenabled = true\nmode = paranoid\n'), findings: [{ messageId: 'badMode', line: 3, column: 8, endColumn: 16 }] },
    { name: 'unknown service name', ...f2b('[sshd]\nenabled = true\nport = sshh\n'), findings: [{ messageId: 'badPort', line: 3, column: 8, endColumn: 12 }] },
  ],
});
