import rule from '../../../rules/fail2ban/ignoreip-too-broad.js';
import { testRule } from '../../helpers/rule-tester.js';

const J = 'etc/fail2ban/jail.local';
const f2b = (text: string) => ({ files: { [J]: text } });

testRule(rule, {
  valid: [
    f2b('[DEFAULT]\nignoreip = 127.0.0.1/8 ::1 10.0.0.0/8 192.168.0.0/16 100.64.0.0/10 fd00::/8 198.51.100.7 admin.example.org\n'),
    f2b('[sshd]\nenabled = true\nignoreip = 127.0.0.1/8, 2001:db8::/48\n'),
  ],
  invalid: [
    {
      ...f2b('[DEFAULT]\nignoreip = 127.0.0.1/8 0.0.0.0/0 8.0.0.0/8 mybusinessips\n'),
      findings: [
        { messageId: 'everyone', line: 2, column: 24, endColumn: 33 },
        { messageId: 'tooBroad', line: 2, column: 34, endColumn: 43 },
        { messageId: 'placeholder', line: 2, column: 44, endColumn: 57 },
      ],
    },
    { ...f2b('[sshd]\nenabled = true\nignoreip = ::/0\n'), findings: [{ messageId: 'everyone', line: 3, column: 12, endColumn: 16 }] },
    { ...f2b('[sshd]\nenabled = true\nignoreip = x.x.x.x\n'), findings: [{ messageId: 'placeholder', line: 3, column: 12, endColumn: 19 }] },
  ],
});
