import rule from '../../../rules/sshd/client-alive-count-max.js';
import { testRule } from '../../helpers/rule-tester.js';

testRule(rule, {
  valid: ['# default 3\n', 'ClientAliveCountMax 1\n', { name: 'STIG maximum', code: 'ClientAliveCountMax 1\n', options: { max: 1 } }],
  invalid: [
    { code: 'ClientAliveCountMax 0\n', findings: [{ messageId: 'neverTerminates', line: 1, column: 1, endColumn: 22 }] },
    { code: 'ClientAliveCountMax 10\n', findings: [{ messageId: 'tooHigh', line: 1, column: 1, endColumn: 23 }] },
    { name: 'STIG flags the default', code: 'LogLevel INFO\n', options: { max: 1 }, findings: [{ messageId: 'tooHigh', line: 1, column: 1, endColumn: 1 }] },
    {
      name: 'inside Match',
      code: 'Match User ops\n  ClientAliveCountMax 0\n',
      findings: [{ messageId: 'neverTerminates', line: 2, column: 3, messageIncludes: 'for user ops' }],
    },
  ],
});
