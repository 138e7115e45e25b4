import rule from '../../../rules/sshd/permit-root-login.js';
import { testRule } from '../../helpers/rule-tester.js';

// Semantics (defaults, first value wins, Match, Include order) checked against Debian 12's sshd -T / sshd -t (OpenSSH 9.2p1).
testRule(rule, {
  valid: [
    'PermitRootLogin no\n',
    'PermitRootLogin prohibit-password\n',
    'PermitRootLogin forced-commands-only\n',
    'Port 22\n',
    { name: 'CIS answer: no passes', code: 'PermitRootLogin no\n', options: { allowed: ['no'] } },
    { name: 'Match block keeps root out', code: 'PermitRootLogin no\nMatch User alice\n  PermitRootLogin no\n' },
  ],
  invalid: [
    {
      name: 'root with a password',
      code: 'PermitRootLogin yes\n',
      findings: [
        {
          messageId: 'rootPassword',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 20,
          messageIncludes: 'for all connections',
        },
      ],
    },
    {
      name: 'case-insensitive value',
      code: 'PermitRootLogin YES\n',
      findings: [{ messageId: 'rootPassword', line: 1, column: 1, endLine: 1, endColumn: 20 }],
    },
    {
      name: 'CIS answer: the default prohibit-password fails',
      code: 'Port 22\n',
      options: { allowed: ['no'] },
      findings: [{ messageId: 'rootAllowed', line: 1, column: 1, endLine: 1, endColumn: 1, messageIncludes: 'by default' }],
    },
    {
      name: 'CIS answer: old spelling without-password',
      code: 'PermitRootLogin without-password\n',
      options: { allowed: ['no'] },
      findings: [{ messageId: 'rootAllowed', line: 1, column: 1, endLine: 1, endColumn: 33 }],
    },
    {
      name: 'inside a Match block',
      code: 'PermitRootLogin no\nMatch User alice\n  PermitRootLogin yes\n',
      findings: [{ messageId: 'rootPassword', line: 3, column: 3, endLine: 3, endColumn: 22, messageIncludes: 'alice' }],
    },
    {
      name: 'drop-in read first wins',
      files: {
        'etc/ssh/sshd_config': 'Include /etc/ssh/sshd_config.d/*.conf\nPermitRootLogin no\n',
        'etc/ssh/sshd_config.d/10-vendor.conf': 'PermitRootLogin yes\n',
      },
      findings: [
        {
          messageId: 'rootPassword',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 20,
          file: 'etc/ssh/sshd_config.d/10-vendor.conf',
        },
      ],
    },
  ],
});
