import rule from '../../../rules/sshd/listen-address.js';
import { testRule } from '../../helpers/rule-tester.js';

testRule(rule, {
  valid: ['ListenAddress 192.0.2.10\n', 'ListenAddress 192.0.2.10\nListenAddress [2001:db8::10]:22\n'],
  invalid: [
    { name: 'default wildcard', code: 'Port 22\n', findings: [{ messageId: 'wildcard', line: 1, column: 1, endColumn: 1, messageIncludes: 'by default' }] },
    { code: 'ListenAddress 10.0.0.5\nListenAddress 0.0.0.0\n', findings: [{ messageId: 'wildcard', line: 2, column: 1, endColumn: 22 }] },
  ],
});
