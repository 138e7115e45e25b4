import rule from '../../../rules/sshd/pubkey-authentication.js';
import { testRule } from '../../helpers/rule-tester.js';

// Expected values checked against Debian 12's sshd -T (OpenSSH 9.2p1): defaults, first value wins, Include order.
testRule(rule, {
  valid: [
    'PubkeyAuthentication yes\n',
    'Port 22\n',
    {
      name: 'hardened inside Match too',
      code: 'PubkeyAuthentication yes\nMatch Address 10.0.0.0/8\n  PubkeyAuthentication yes\n',
    },
    {
      name: 'main file wins over a later drop-in',
      files: {
        'etc/ssh/sshd_config': 'PubkeyAuthentication yes\nInclude /etc/ssh/sshd_config.d/*.conf\n',
        'etc/ssh/sshd_config.d/50-vendor.conf': 'PubkeyAuthentication no\n',
      },
    },
  ],
  invalid: [
    {
      name: 'weak value',
      code: 'PubkeyAuthentication no\n',
      findings: [
        {
          messageId: 'pubkeyDisabled',
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
      code: 'PUBKEYAUTHENTICATION NO\n',
      findings: [{ messageId: 'pubkeyDisabled', line: 1, column: 1, endLine: 1, endColumn: 24 }],
    },
    {
      name: 'weak value inside Match',
      code: 'PubkeyAuthentication yes\nMatch Address 10.0.0.0/8\n  PubkeyAuthentication no\n',
      findings: [{ messageId: 'pubkeyDisabled', line: 3, column: 3, endLine: 3, endColumn: 26, messageIncludes: '10.0.0.0/8' }],
    },
    {
      name: 'drop-in wins over the main file',
      files: {
        'etc/ssh/sshd_config': 'Include /etc/ssh/sshd_config.d/*.conf\nPubkeyAuthentication yes\n',
        'etc/ssh/sshd_config.d/50-vendor.conf': 'PubkeyAuthentication no\n',
      },
      findings: [
        {
          messageId: 'pubkeyDisabled',
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
