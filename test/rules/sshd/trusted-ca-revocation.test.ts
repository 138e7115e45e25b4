import rule from '../../../rules/sshd/trusted-ca-revocation.js';
import { testRule } from '../../helpers/rule-tester.js';

// Semantics (defaults, first value wins, Match, Include order) checked against Debian 12's sshd -T / sshd -t (OpenSSH 9.2p1).
testRule(rule, {
  valid: [
    'TrustedUserCAKeys /etc/ssh/user_ca.pub\nRevokedKeys /etc/ssh/revoked_keys\n',
    'Port 22\n',
    'TrustedUserCAKeys none\n',
  ],
  invalid: [
    {
      name: 'CA without revocation list',
      code: 'TrustedUserCAKeys /etc/ssh/user_ca.pub\n',
      findings: [{ messageId: 'noRevocation', line: 1, column: 1, endLine: 1, endColumn: 39 }],
    },
    {
      name: 'inside a Match block',
      code: 'Match User deploy\n  TrustedUserCAKeys /etc/ssh/deploy_ca.pub\n',
      findings: [{ messageId: 'noRevocation', line: 2, column: 3, endLine: 2, endColumn: 43 }],
    },
  ],
});
