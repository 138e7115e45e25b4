import rule from '../../../rules/sshd/shadowed-directive.js';
import { testRule } from '../../helpers/rule-tester.js';

// Semantics (defaults, first value wins, Match, Include order) checked against Debian 12's sshd -T / sshd -t (OpenSSH 9.2p1). Match all overrides the global value (tested: PasswordAuthentication no / Match all / yes gives yes).
testRule(rule, {
  valid: [
    {
      name: 'Match block applies to some connections only',
      code: 'PasswordAuthentication no\nMatch Address 10.0.0.0/8\n  PasswordAuthentication yes\n',
    },
    { name: 'same value', code: 'X11Forwarding no\nMatch all\n  X11Forwarding no\n' },
    'PasswordAuthentication no\n',
  ],
  invalid: [
    {
      name: 'Match all beats the global line',
      code: 'PasswordAuthentication no\nMatch all\n  PasswordAuthentication yes\n',
      findings: [
        {
          messageId: 'shadowed',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 26,
          messageIncludes: 'etc/ssh/sshd_config:3',
        },
      ],
    },
    {
      name: 'an earlier Match all beats a later Match block',
      code: 'Match all\n  X11Forwarding no\nMatch User bob\n  X11Forwarding yes\n',
      findings: [{ messageId: 'shadowed', line: 4, column: 3, endLine: 4, endColumn: 20 }],
    },
  ],
});
