import rule from '../../../rules/sshd/permit-user-environment.js';
import { testRule } from '../../helpers/rule-tester.js';

// Semantics (defaults, first value wins, Match, Include order) checked against Debian 12's sshd -T / sshd -t (OpenSSH 9.2p1). PermitUserEnvironment Yes prints as the pattern list 'Yes'.
testRule(rule, {
  valid: ['PermitUserEnvironment no\n', 'Port 22\n'],
  invalid: [
    {
      name: 'yes',
      code: 'PermitUserEnvironment yes\n',
      findings: [{ messageId: 'userEnvironment', line: 1, column: 1, endLine: 1, endColumn: 26 }],
    },
    {
      name: 'Yes is a pattern list, not a boolean',
      code: 'PermitUserEnvironment Yes\n',
      findings: [{ messageId: 'userEnvironmentPattern', line: 1, column: 1, endLine: 1, endColumn: 26 }],
    },
    {
      name: 'a pattern list',
      code: 'PermitUserEnvironment LANG,LC_*\n',
      findings: [{ messageId: 'userEnvironment', line: 1, column: 1, endLine: 1, endColumn: 32 }],
    },
  ],
});
