import rule from '../../../rules/sshd/gssapi-cleanup-credentials.js';
import { testRule } from '../../helpers/rule-tester.js';

// Expected values checked against Debian 12's sshd -T (OpenSSH 9.2p1): defaults, first value wins, Include order.
testRule(rule, {
  valid: [
    'GSSAPICleanupCredentials yes\n',
    'Port 22\n',
    {
      name: 'main file wins over a later drop-in',
      files: {
        'etc/ssh/sshd_config': 'GSSAPICleanupCredentials yes\nInclude /etc/ssh/sshd_config.d/*.conf\n',
        'etc/ssh/sshd_config.d/50-vendor.conf': 'GSSAPICleanupCredentials no\n',
      },
    },
  ],
  invalid: [
    {
      name: 'weak value',
      code: 'GSSAPICleanupCredentials no\n',
      findings: [
        {
          messageId: 'credentialsKept',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 28,
          messageIncludes: 'for all connections',
        },
      ],
    },
    {
      name: 'mixed case keyword and value',
      code: 'GSSAPICLEANUPCREDENTIALS NO\n',
      findings: [{ messageId: 'credentialsKept', line: 1, column: 1, endLine: 1, endColumn: 28 }],
    },
    {
      name: 'drop-in wins over the main file',
      files: {
        'etc/ssh/sshd_config': 'Include /etc/ssh/sshd_config.d/*.conf\nGSSAPICleanupCredentials yes\n',
        'etc/ssh/sshd_config.d/50-vendor.conf': 'GSSAPICleanupCredentials no\n',
      },
      findings: [
        {
          messageId: 'credentialsKept',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 28,
          file: 'etc/ssh/sshd_config.d/50-vendor.conf',
        },
      ],
    },
  ],
});
