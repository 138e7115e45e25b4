import rule from '../../../rules/sshd/ignore-user-known-hosts.js';
import { testRule } from '../../helpers/rule-tester.js';

// Expected values checked against Debian 12's sshd -T (OpenSSH 9.2p1): defaults, first value wins, Include order.
testRule(rule, {
  valid: [
    'IgnoreUserKnownHosts yes\n',
    {
      name: 'main file wins over a later drop-in',
      files: {
        'etc/ssh/sshd_config': 'IgnoreUserKnownHosts yes\nInclude /etc/ssh/sshd_config.d/*.conf\n',
        'etc/ssh/sshd_config.d/50-vendor.conf': 'IgnoreUserKnownHosts no\n',
      },
    },
  ],
  invalid: [
    {
      name: 'weak value',
      code: 'IgnoreUserKnownHosts no\n',
      findings: [
        {
          messageId: 'userKnownHostsTrusted',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 24,
          messageIncludes: 'for all connections',
        },
      ],
    },
    {
      name: 'mixed case keyword and value',
      code: 'IGNOREUSERKNOWNHOSTS NO\n',
      findings: [{ messageId: 'userKnownHostsTrusted', line: 1, column: 1, endLine: 1, endColumn: 24 }],
    },
    {
      name: 'compiled-in default',
      code: 'Port 22\n',
      findings: [
        {
          messageId: 'userKnownHostsTrusted',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 1,
          messageIncludes: 'by default',
        },
      ],
    },
    {
      name: 'drop-in wins over the main file',
      files: {
        'etc/ssh/sshd_config': 'Include /etc/ssh/sshd_config.d/*.conf\nIgnoreUserKnownHosts yes\n',
        'etc/ssh/sshd_config.d/50-vendor.conf': 'IgnoreUserKnownHosts no\n',
      },
      findings: [
        {
          messageId: 'userKnownHostsTrusted',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 24,
          file: 'etc/ssh/sshd_config.d/50-vendor.conf',
        },
      ],
    },
  ],
});
