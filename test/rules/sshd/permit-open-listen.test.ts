import rule from '../../../rules/sshd/permit-open-listen.js';
import { testRule } from '../../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    'AllowTcpForwarding no\n',
    'AllowTcpForwarding local\nPermitOpen db.internal:5432\n',
    'AllowTcpForwarding remote\nPermitListen localhost:8080\n',
    { name: 'DisableForwarding wins', code: 'DisableForwarding yes\n' },
  ],
  invalid: [
    {
      name: 'local forwarding without PermitOpen',
      code: 'AllowTcpForwarding local\n',
      findings: [{ messageId: 'openAny', line: 1, column: 1, endColumn: 1, messageIncludes: 'by default' }],
    },
    {
      name: 'remote forwarding with PermitListen any',
      code: 'AllowTcpForwarding remote\nPermitListen any\n',
      findings: [{ messageId: 'listenAny', line: 2, column: 1, endColumn: 17 }],
    },
    {
      name: 'default forwarding opens both directions',
      code: 'PermitOpen any\nPermitListen localhost:8080\n',
      findings: [{ messageId: 'openAny', line: 1, column: 1, endColumn: 15 }],
    },
    {
      name: 'Match block re-opens PermitOpen',
      code: 'AllowTcpForwarding local\nPermitOpen db.internal:5432\nMatch Address 10.0.0.0/8\n    PermitOpen any\n',
      findings: [{ messageId: 'openAny', line: 4, column: 5, messageIncludes: 'for connections from 10.0.0.0/8' }],
    },
  ],
});
