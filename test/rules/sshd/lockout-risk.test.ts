import rule from '../../../rules/sshd/lockout-risk.js';
import { testRule } from '../../helpers/rule-tester.js';

// Semantics (defaults, first value wins, Match, Include order) checked against Debian 12's sshd -T / sshd -t (OpenSSH 9.2p1).
testRule(rule, {
  valid: [
    'DenyUsers guest\n',
    'DenyUsers *@198.51.100.7\n',
    'Port 22\n',
    { name: 'root and a named admin', code: 'AllowUsers root alice\nPermitRootLogin no\n' },
    { name: 'root allowed with keys', code: 'AllowUsers root\nPermitRootLogin prohibit-password\n' },
  ],
  invalid: [
    {
      name: 'DenyUsers *',
      code: 'DenyUsers *\n',
      findings: [{ messageId: 'denyEveryone', line: 1, column: 11, endLine: 1, endColumn: 12 }],
    },
    {
      name: 'only root allowed, root refused',
      code: 'AllowUsers root\nPermitRootLogin no\n',
      findings: [{ messageId: 'onlyRoot', line: 1, column: 1, endLine: 1, endColumn: 16 }],
    },
    {
      name: 'root from one address only, root refused',
      code: 'PermitRootLogin no\nAllowUsers root@192.0.2.1\n',
      findings: [{ messageId: 'onlyRoot', line: 2, column: 1, endLine: 2, endColumn: 26 }],
    },
    {
      name: 'DenyGroups *',
      code: 'DenyGroups *\n',
      findings: [{ messageId: 'denyEveryone', line: 1, column: 12, endLine: 1, endColumn: 13 }],
    },
    {
      name: 'RefuseConnection yes for everyone (OpenSSH 9.9+)',
      code: 'RefuseConnection yes\n',
      target: 'upstream',
      findings: [{ messageId: 'refuseAll', line: 1, column: 1, endLine: 1, endColumn: 21 }],
    },
    {
      name: 'inside a Match block',
      code: 'Match Address 192.0.2.0/24\n  DenyUsers *@*\n',
      findings: [{ messageId: 'denyEveryone', line: 2, column: 13, endLine: 2, endColumn: 16, messageIncludes: '192.0.2.0/24' }],
    },
  ],
});
