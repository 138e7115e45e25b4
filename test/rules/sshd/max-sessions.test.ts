import rule from '../../../rules/sshd/max-sessions.js';
import { testRule } from '../../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    '# the default 10 is within the policy\n',
    'MaxSessions 2\n',
    { name: 'custom maximum', code: 'MaxSessions 4\n', options: { max: 4 } },
  ],
  invalid: [
    { code: 'MaxSessions 64\n', findings: [{ messageId: 'tooMany', line: 1, column: 1, endColumn: 15 }] },
    { name: 'stricter policy flags the default', code: 'LogLevel INFO\n', options: { max: 2 }, findings: [{ messageId: 'tooMany', line: 1, column: 1, endColumn: 1 }] },
    {
      name: 'inside Match',
      code: 'MaxSessions 10\nMatch User build\n    MaxSessions 50\n',
      findings: [{ messageId: 'tooMany', line: 3, column: 5, endColumn: 19, messageIncludes: 'for user build' }],
    },
  ],
});
