import rule from '../../../rules/sshd/rekey-limit.js';
import { testRule } from '../../helpers/rule-tester.js';

testRule(rule, {
  valid: ['RekeyLimit 1G 1h\n', 'RekeyLimit 512M 30m\n'],
  invalid: [
    { name: 'default', code: 'LogLevel INFO\n', findings: [{ messageId: 'noDataLimit', line: 1, column: 1, endColumn: 1 }] },
    { code: 'RekeyLimit 1G\n', findings: [{ messageId: 'noTimeLimit', line: 1, column: 1, endColumn: 14 }] },
    { code: 'RekeyLimit 4G 1h\n', findings: [{ messageId: 'dataLimitHigh', line: 1, column: 1, endColumn: 17 }] },
    { code: 'RekeyLimit 1G 6h\n', findings: [{ messageId: 'timeLimitHigh', line: 1, column: 1, endColumn: 17, messageIncludes: '21600 seconds' }] },
    { name: 'inside Match', code: 'RekeyLimit 1G 1h\nMatch User bulk\n  RekeyLimit default none\n', findings: [{ messageId: 'noDataLimit', line: 3, column: 3 }] },
  ],
});
