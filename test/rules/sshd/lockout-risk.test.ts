import rule from '../../../rules/sshd/lockout-risk.js';
import { testRule } from '../../helpers/rule-tester.js';

// Semantics (defaults, first value wins, Match, Include order) checked against Debian 12's sshd -T / sshd -t (OpenSSH 9.2p1).
testRule(rule, {
  valid: ['DenyUsers guest\n', 'DenyUsers *@198.51.100.7\n', 'Port 22\n'],
  invalid: [
    {
      name: 'DenyUsers *',
      code: 'DenyUsers *\n',
      findings: [{ messageId: 'denyEveryone', line: 1, column: 11, endLine: 1, endColumn: 12 }],
    },
    {
      name: 'DenyGroups *',
      code: 'DenyGroups *\n',
      findings: [{ messageId: 'denyEveryone', line: 1, column: 12, endLine: 1, endColumn: 13 }],
    },
    {
      name: 'inside a Match block',
      code: 'Match Address 192.0.2.0/24\n  DenyUsers *@*\n',
      findings: [{ messageId: 'denyEveryone', line: 2, column: 13, endLine: 2, endColumn: 16, messageIncludes: '192.0.2.0/24' }],
    },
  ],
});
