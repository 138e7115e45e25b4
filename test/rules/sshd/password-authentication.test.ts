import rule from '../../../rules/sshd/password-authentication.js';
import { testRule } from '../../helpers/rule-tester.js';

// Expected values checked against Debian 12's sshd -T (OpenSSH 9.2p1): defaults, first value wins, Include order.
testRule(rule, {
  valid: [
    'PasswordAuthentication no\n',
    {
      name: 'hardened inside Match too',
      code: 'PasswordAuthentication no\nMatch Address 10.0.0.0/8\n  PasswordAuthentication no\n',
    },
    {
      name: 'main file wins over a later drop-in',
      files: {
        'etc/ssh/sshd_config': 'PasswordAuthentication no\nInclude /etc/ssh/sshd_config.d/*.conf\n',
        'etc/ssh/sshd_config.d/50-vendor.conf': 'PasswordAuthentication yes\n',
      },
    },
  ],
  invalid: [
    {
      name: 'weak value',
      code: 'PasswordAuthentication yes\n',
      findings: [
        {
          messageId: 'passwordEnabled',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 27,
          messageIncludes: 'for all connections',
        },
      ],
    },
    {
      name: 'mixed case keyword and value',
      code: 'PASSWORDAUTHENTICATION YES\n',
      findings: [{ messageId: 'passwordEnabled', line: 1, column: 1, endLine: 1, endColumn: 27 }],
    },
    {
      name: 'compiled-in default',
      code: 'Port 22\n',
      findings: [{ messageId: 'passwordEnabled', line: 1, column: 1, endLine: 1, endColumn: 1, messageIncludes: 'by default' }],
    },
    {
      name: 'weak value inside Match',
      code: 'PasswordAuthentication no\nMatch Address 10.0.0.0/8\n  PasswordAuthentication yes\n',
      findings: [{ messageId: 'passwordEnabled', line: 3, column: 3, endLine: 3, endColumn: 29, messageIncludes: '10.0.0.0/8' }],
    },
    {
      name: 'drop-in wins over the main file',
      files: {
        'etc/ssh/sshd_config': 'Include /etc/ssh/sshd_config.d/*.conf\nPasswordAuthentication no\n',
        'etc/ssh/sshd_config.d/50-vendor.conf': 'PasswordAuthentication yes\n',
      },
      findings: [
        {
          messageId: 'passwordEnabled',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 27,
          file: 'etc/ssh/sshd_config.d/50-vendor.conf',
        },
      ],
    },
  ],
});
