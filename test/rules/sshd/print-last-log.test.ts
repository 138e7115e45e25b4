import rule from '../../../rules/sshd/print-last-log.js';
import { testRule } from '../../helpers/rule-tester.js';

testRule(rule, {
  valid: ['PrintLastLog yes\n', '# default yes\n', { name: 'DevSec policy', code: 'PrintLastLog no\n', options: { expected: 'no' } }],
  invalid: [
    { code: 'PrintLastLog no\n', findings: [{ messageId: 'lastLogHidden', line: 1, column: 1, endColumn: 16 }] },
    { name: 'DevSec policy flags the default', code: 'LogLevel INFO\n', options: { expected: 'no' }, findings: [{ messageId: 'lastLogShown', line: 1, column: 1, endColumn: 1 }] },
  ],
});
