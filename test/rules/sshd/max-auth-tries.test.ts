import rule from '../../../rules/sshd/max-auth-tries.js';
import { testRule } from '../../helpers/rule-tester.js';

// Semantics (defaults, first value wins, Match, Include order) checked against Debian 12's sshd -T / sshd -t (OpenSSH 9.2p1).
testRule(rule, {
  valid: ['MaxAuthTries 3\n', 'MaxAuthTries 4\n', { name: 'DevSec answer', code: 'MaxAuthTries 2\n', options: { max: 2 } }],
  invalid: [
    {
      name: 'compiled-in default 6',
      code: 'Port 22\n',
      findings: [{ messageId: 'tooManyTries', line: 1, column: 1, endLine: 1, endColumn: 1, messageIncludes: 'by default' }],
    },
    {
      name: 'explicit 5',
      code: 'MaxAuthTries 5\n',
      findings: [{ messageId: 'tooManyTries', line: 1, column: 1, endLine: 1, endColumn: 15 }],
    },
    {
      name: 'DevSec answer rejects 3',
      code: 'MaxAuthTries 3\n',
      options: { max: 2 },
      findings: [{ messageId: 'tooManyTries', line: 1, column: 1, endLine: 1, endColumn: 15 }],
    },
    {
      name: 'inside a Match block',
      code: 'MaxAuthTries 3\nMatch Address 10.0.0.0/8\n  MaxAuthTries 10\n',
      findings: [{ messageId: 'tooManyTries', line: 3, column: 3, endLine: 3, endColumn: 18, messageIncludes: '10.0.0.0/8' }],
    },
  ],
});
