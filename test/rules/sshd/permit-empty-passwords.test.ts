import rule from '../../../rules/sshd/permit-empty-passwords.js';
import { testRule } from '../../helpers/rule-tester.js';

// Expected values checked against Debian 12's sshd -T (OpenSSH 9.2p1): defaults, first value wins, Include order.
testRule(rule, {
  valid: [
    'PermitEmptyPasswords no\n',
    'Port 22\n',
    {
      name: 'hardened inside Match too',
      code: 'PermitEmptyPasswords no\nMatch Address 10.0.0.0/8\n  PermitEmptyPasswords no\n',
    },
    {
      name: 'main file wins over a later drop-in',
      files: {
        'etc/ssh/sshd_config': 'PermitEmptyPasswords no\nInclude /etc/ssh/sshd_config.d/*.conf\n',
        'etc/ssh/sshd_config.d/50-vendor.conf': 'PermitEmptyPasswords yes\n',
      },
    },
  ],
  invalid: [
    {
      name: 'weak value',
      code: 'PermitEmptyPasswords yes\n',
      findings: [
        {
          messageId: 'emptyPasswords',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 25,
          messageIncludes: 'for all connections',
        },
      ],
    },
    {
      name: 'mixed case keyword and value',
      code: 'PERMITEMPTYPASSWORDS YES\n',
      findings: [{ messageId: 'emptyPasswords', line: 1, column: 1, endLine: 1, endColumn: 25 }],
    },
    {
      name: 'weak value inside Match',
      code: 'PermitEmptyPasswords no\nMatch Address 10.0.0.0/8\n  PermitEmptyPasswords yes\n',
      findings: [{ messageId: 'emptyPasswords', line: 3, column: 3, endLine: 3, endColumn: 27, messageIncludes: '10.0.0.0/8' }],
    },
    {
      name: 'drop-in wins over the main file',
      files: {
        'etc/ssh/sshd_config': 'Include /etc/ssh/sshd_config.d/*.conf\nPermitEmptyPasswords no\n',
        'etc/ssh/sshd_config.d/50-vendor.conf': 'PermitEmptyPasswords yes\n',
      },
      findings: [
        {
          messageId: 'emptyPasswords',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 25,
          file: 'etc/ssh/sshd_config.d/50-vendor.conf',
        },
      ],
    },
  ],
});
