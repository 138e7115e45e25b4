import rule from '../../../rules/sshd/deprecated-keyword.js';
import { testRule } from '../../helpers/rule-tester.js';

// sshd 9.2 -t: 'Deprecated option UsePrivilegeSeparation', exit 0.
testRule(rule, {
  valid: ['Port 22\n', { name: 'UseLogin is reported by sshd/use-login', code: 'UseLogin no\n' }],
  invalid: [
    {
      name: 'UsePrivilegeSeparation',
      code: 'UsePrivilegeSeparation sandbox\n',
      findings: [{ messageId: 'ignored', line: 1, column: 1, endLine: 1, endColumn: 31 }],
    },
    {
      name: 'PAMAuthenticationViaKbdInt is only deprecated on 9.2',
      code: 'PAMAuthenticationViaKbdInt no\n',
      findings: [{ messageId: 'ignored', line: 1, column: 1, endLine: 1, endColumn: 30 }],
    },
  ],
});
