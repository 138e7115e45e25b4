import rule from '../../../rules/sshd/kerberos-or-local-passwd.js';
import { testRule } from '../../helpers/rule-tester.js';

// Semantics (defaults, first value wins, Match, Include order) checked against Debian 12's sshd -T / sshd -t (OpenSSH 9.2p1).
testRule(rule, {
  valid: [
    'KerberosAuthentication yes\nKerberosOrLocalPasswd no\n',
    'Port 22\n',
    { name: 'no effect without Kerberos passwords', code: 'KerberosOrLocalPasswd yes\n' },
  ],
  invalid: [
    {
      name: 'compiled-in default yes',
      code: 'KerberosAuthentication yes\n',
      findings: [{ messageId: 'localFallback', line: 1, column: 1, endLine: 1, endColumn: 1, messageIncludes: 'by default' }],
    },
    {
      name: 'explicit yes',
      code: 'KerberosAuthentication yes\nKerberosOrLocalPasswd yes\n',
      findings: [{ messageId: 'localFallback', line: 2, column: 1, endLine: 2, endColumn: 26 }],
    },
  ],
});
