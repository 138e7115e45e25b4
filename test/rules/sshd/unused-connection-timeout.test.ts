import rule from '../../../rules/sshd/unused-connection-timeout.js';
import { testRule } from '../../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'OpenSSH 8.9 has no such keyword', target: 'ubuntu-22.04', code: 'LogLevel INFO\n' },
    'UnusedConnectionTimeout 1h\n',
  ],
  invalid: [
    { name: 'default none', code: 'LogLevel INFO\n', findings: [{ messageId: 'noTimeout', line: 1, column: 1, endColumn: 1 }] },
    { name: 'none is sticky: it beats an earlier value', code: 'UnusedConnectionTimeout 10m\nUnusedConnectionTimeout none\n', findings: [{ messageId: 'noTimeout', line: 2, column: 1, endColumn: 29 }] },
    {
      name: 'inside Match',
      code: 'UnusedConnectionTimeout 1h\nMatch User tunnel\n  UnusedConnectionTimeout none\n',
      findings: [{ messageId: 'noTimeout', line: 3, column: 3 }],
    },
  ],
});
