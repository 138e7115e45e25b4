import rule from '../../../rules/sshd/ignore-rhosts.js';
import { testRule } from '../../helpers/rule-tester.js';

// Expected values checked against Debian 12's sshd -T (OpenSSH 9.2p1): defaults, first value wins, Include order.
testRule(rule, {
  valid: [
    'IgnoreRhosts yes\n',
    'Port 22\n',
    { name: 'hardened inside Match too', code: 'IgnoreRhosts yes\nMatch Address 10.0.0.0/8\n  IgnoreRhosts yes\n' },
    {
      name: 'main file wins over a later drop-in',
      files: {
        'etc/ssh/sshd_config': 'IgnoreRhosts yes\nInclude /etc/ssh/sshd_config.d/*.conf\n',
        'etc/ssh/sshd_config.d/50-vendor.conf': 'IgnoreRhosts no\n',
      },
    },
  ],
  invalid: [
    {
      name: 'weak value',
      code: 'IgnoreRhosts no\n',
      findings: [
        {
          messageId: 'rhostsHonoured',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 16,
          messageIncludes: 'for all connections',
        },
      ],
    },
    {
      name: 'mixed case keyword and value',
      code: 'IGNORERHOSTS NO\n',
      findings: [{ messageId: 'rhostsHonoured', line: 1, column: 1, endLine: 1, endColumn: 16 }],
    },
    {
      name: 'weak value inside Match',
      code: 'IgnoreRhosts yes\nMatch Address 10.0.0.0/8\n  IgnoreRhosts no\n',
      findings: [{ messageId: 'rhostsHonoured', line: 3, column: 3, endLine: 3, endColumn: 18, messageIncludes: '10.0.0.0/8' }],
    },
    {
      name: 'drop-in wins over the main file',
      files: {
        'etc/ssh/sshd_config': 'Include /etc/ssh/sshd_config.d/*.conf\nIgnoreRhosts yes\n',
        'etc/ssh/sshd_config.d/50-vendor.conf': 'IgnoreRhosts no\n',
      },
      findings: [
        {
          messageId: 'rhostsHonoured',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 16,
          file: 'etc/ssh/sshd_config.d/50-vendor.conf',
        },
      ],
    },
  ],
});
