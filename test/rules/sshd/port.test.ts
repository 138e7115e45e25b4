import rule from '../../../rules/sshd/port.js';
import { testRule } from '../../helpers/rule-tester.js';

testRule(rule, {
  valid: ['Port 2222\n', { name: 'expected ports', code: 'Port 22\nPort 2222\n', options: { expected: [2222, 22] } }],
  invalid: [
    { name: 'default 22', code: 'LogLevel INFO\n', findings: [{ messageId: 'defaultPort', line: 1, column: 1, endColumn: 1, messageIncludes: 'port 22 (the default)' }] },
    { code: 'Port 2222\nPort 22\n', findings: [{ messageId: 'defaultPort', line: 2, column: 1, endColumn: 8 }] },
    { name: 'not the expected port', code: 'Port 2200\n', options: { expected: [2222] }, findings: [{ messageId: 'unexpected', line: 1, column: 1, endColumn: 10 }] },
  ],
});
