import rule from '../../../rules/sshd/client-alive-interval.js';
import { testRule } from '../../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    'ClientAliveInterval 300\n',
    'ClientAliveInterval 5m\n',
    { name: 'STIG allows 600', code: 'ClientAliveInterval 10m\n', options: { max: 600 } },
  ],
  invalid: [
    { name: 'default 0', code: 'LogLevel INFO\n', findings: [{ messageId: 'disabled', line: 1, column: 1, endColumn: 1, messageIncludes: 'by default' }] },
    { code: 'ClientAliveInterval 0\n', findings: [{ messageId: 'disabled', line: 1, column: 1, endColumn: 22 }] },
    { code: 'ClientAliveInterval 15m\n', findings: [{ messageId: 'tooLong', line: 1, column: 1, endColumn: 24, messageIncludes: '900 seconds' }] },
    {
      name: 'Match block switches it off',
      code: 'ClientAliveInterval 300\nMatch Address 192.0.2.0/24\n  ClientAliveInterval 0\n',
      findings: [{ messageId: 'disabled', line: 3, column: 3, messageIncludes: 'for connections from 192.0.2.0/24' }],
    },
  ],
});
