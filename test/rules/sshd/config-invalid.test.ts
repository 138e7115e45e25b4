import rule from '../../../rules/sshd/config-invalid.js';
import { testRule } from '../../helpers/rule-tester.js';

// sshd 9.2 -t: 'AuthenticationMethods cannot be satisfied by enabled authentication methods', exit 255.
testRule(rule, {
  valid: [
    'PasswordAuthentication no\nAuthenticationMethods publickey\n',
    { name: 'unknown keyword is reported by sshd/unknown-keyword only', code: 'PermitRootLogon no\n' },
    { name: 'Port in Match is reported by sshd/global-only-in-match only', code: 'Match User bob\n  Port 2222\n' },
  ],
  invalid: [
    {
      name: 'AuthenticationMethods cannot be satisfied',
      code: 'PasswordAuthentication no\nAuthenticationMethods password\n',
      findings: [{ messageId: 'invalid', line: 2, column: 1, endLine: 2, endColumn: 31 }],
    },
  ],
});
