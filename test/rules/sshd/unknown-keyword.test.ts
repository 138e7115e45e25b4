import rule from '../../../rules/sshd/unknown-keyword.js';
import { testRule } from '../../helpers/rule-tester.js';

// sshd 9.2 -t: 'Bad configuration option: PermitRootLogon', exit 255.
testRule(rule, {
  valid: ['PermitRootLogin no\n', { name: 'bad value is invalid-value\'s', code: 'MaxStartups 10:30\n' }],
  invalid: [
    {
      name: 'typo',
      code: 'PermitRootLogon no\n',
      findings: [{ messageId: 'unknownKeyword', line: 1, column: 1, endLine: 1, endColumn: 16 }],
    },
    {
      name: 'removed in OpenSSH 10.4',
      code: 'PAMAuthenticationViaKbdInt no\n',
      target: 'upstream',
      findings: [{ messageId: 'unknownKeyword', line: 1, column: 1, endLine: 1, endColumn: 27 }],
    },
    {
      name: 'newer than OpenSSH 8.9',
      code: 'RequiredRSASize 3072\n',
      target: 'ubuntu-22.04',
      findings: [{ messageId: 'unknownKeyword', line: 1, column: 1, endLine: 1, endColumn: 16 }],
    },
  ],
});
