import rule from '../../../rules/sshd/match-overrides-global.js';
import { testRule } from '../../helpers/rule-tester.js';

// Semantics (defaults, first value wins, Match, Include order) checked against Debian 12's sshd -T / sshd -t (OpenSSH 9.2p1).
testRule(rule, {
  valid: [
    { name: 'same value', code: 'PasswordAuthentication no\nMatch Address 10.0.0.0/8\n  PasswordAuthentication no\n' },
    {
      name: 'the Match block is stricter',
      code: 'PasswordAuthentication yes\nMatch Address 10.0.0.0/8\n  PasswordAuthentication no\n',
    },
    { name: 'no explicit global value', code: 'Match Address 10.0.0.0/8\n  PasswordAuthentication yes\n' },
  ],
  invalid: [
    {
      name: 'passwords back on for a network',
      code: 'PasswordAuthentication no\nMatch Address 10.0.0.0/8\n  PasswordAuthentication yes\n',
      findings: [{ messageId: 'weakens', line: 3, column: 3, endLine: 3, endColumn: 29, messageIncludes: '10.0.0.0/8' }],
    },
    {
      name: 'root login loosened for a user',
      code: 'PermitRootLogin no\nMatch User admin\n  PermitRootLogin prohibit-password\n',
      findings: [{ messageId: 'weakens', line: 3, column: 3, endLine: 3, endColumn: 36 }],
    },
    {
      name: 'more tries for a network',
      code: 'MaxAuthTries 3\nMatch Address 192.0.2.0/24\n  MaxAuthTries 10\n',
      findings: [{ messageId: 'weakens', line: 3, column: 3, endLine: 3, endColumn: 18 }],
    },
    {
      name: 'Match all in a file included under Match User',
      files: {
        'etc/ssh/sshd_config': 'PasswordAuthentication no\nMatch User bob\n  Include /etc/ssh/x.conf\n',
        'etc/ssh/x.conf': 'Match all\n  PasswordAuthentication yes\n',
      },
      findings: [
        {
          messageId: 'weakens',
          line: 2,
          column: 3,
          endLine: 2,
          endColumn: 29,
          file: 'etc/ssh/x.conf',
          messageIncludes: 'for user bob',
        },
      ],
    },
  ],
});
