import rule from '../../../rules/sshd/access-restriction.js';
import { testRule } from '../../helpers/rule-tester.js';

// Semantics (defaults, first value wins, Match, Include order) checked against Debian 12's sshd -T / sshd -t (OpenSSH 9.2p1).
testRule(rule, {
  valid: ['AllowGroups sshusers\n', 'DenyUsers guest\n', 'AllowUsers alice\n'],
  invalid: [
    {
      name: 'nothing set',
      code: 'PasswordAuthentication no\n',
      findings: [{ messageId: 'unrestricted', line: 1, column: 1, endLine: 1, endColumn: 1 }],
    },
    {
      name: 'only a Match block restricts',
      code: 'Match Address 10.0.0.0/8\n  AllowUsers alice\n',
      findings: [{ messageId: 'unrestricted', line: 1, column: 1, endLine: 1, endColumn: 1 }],
    },
  ],
});
