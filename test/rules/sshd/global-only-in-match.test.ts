import rule from '../../../rules/sshd/global-only-in-match.js';
import { testRule } from '../../helpers/rule-tester.js';

// sshd 9.2 -t: "Directive 'Port' is not allowed within a Match block", exit 255; after Match all it is accepted.
testRule(rule, {
  valid: [
    'Port 2222\nMatch User bob\n  X11Forwarding no\n',
    { name: 'Match all makes the parser active', code: 'Match all\n  Port 2222\n' },
  ],
  invalid: [
    {
      name: 'Port inside Match User',
      code: 'Match User bob\n  Port 2222\n',
      findings: [{ messageId: 'globalOnly', line: 2, column: 3, endLine: 2, endColumn: 7 }],
    },
  ],
});
