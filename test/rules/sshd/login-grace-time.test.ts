import rule from '../../../rules/sshd/login-grace-time.js';
import { testRule } from '../../helpers/rule-tester.js';

// Semantics (defaults, first value wins, Match, Include order) checked against Debian 12's sshd -T / sshd -t (OpenSSH 9.2p1). sshd -T prints LoginGraceTime in seconds (2m -> 120).
testRule(rule, {
  valid: ['LoginGraceTime 60\n', 'LoginGraceTime 1m\n', 'LoginGraceTime 30s\n'],
  invalid: [
    {
      name: 'compiled-in default 120',
      code: 'Port 22\n',
      findings: [{ messageId: 'tooLong', line: 1, column: 1, endLine: 1, endColumn: 1, messageIncludes: 'by default' }],
    },
    {
      name: 'unlimited',
      code: 'LoginGraceTime 0\n',
      findings: [{ messageId: 'unlimited', line: 1, column: 1, endLine: 1, endColumn: 17 }],
    },
    {
      name: 'two minutes',
      code: 'LoginGraceTime 2m\n',
      findings: [{ messageId: 'tooLong', line: 1, column: 1, endLine: 1, endColumn: 18, messageIncludes: '120 seconds' }],
    },
    {
      name: 'DevSec answer',
      code: 'LoginGraceTime 45\n',
      options: { max: 30 },
      findings: [{ messageId: 'tooLong', line: 1, column: 1, endLine: 1, endColumn: 18 }],
    },
  ],
});
