import rule from '../../../rules/sshd/hostbased-authentication.js';
import { testRule } from '../../helpers/rule-tester.js';

// Expected values checked against Debian 12's sshd -T (OpenSSH 9.2p1): defaults, first value wins, Include order.
testRule(rule, {
  valid: [
    'HostbasedAuthentication no\n',
    'Port 22\n',
    {
      name: 'hardened inside Match too',
      code: 'HostbasedAuthentication no\nMatch Address 10.0.0.0/8\n  HostbasedAuthentication no\n',
    },
    {
      name: 'main file wins over a later drop-in',
      files: {
        'etc/ssh/sshd_config': 'HostbasedAuthentication no\nInclude /etc/ssh/sshd_config.d/*.conf\n',
        'etc/ssh/sshd_config.d/50-vendor.conf': 'HostbasedAuthentication yes\n',
      },
    },
  ],
  invalid: [
    {
      name: 'weak value',
      code: 'HostbasedAuthentication yes\n',
      findings: [
        {
          messageId: 'hostbasedEnabled',
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
      code: 'HOSTBASEDAUTHENTICATION YES\n',
      findings: [{ messageId: 'hostbasedEnabled', line: 1, column: 1, endLine: 1, endColumn: 28 }],
    },
    {
      name: 'weak value inside Match',
      code: 'HostbasedAuthentication no\nMatch Address 10.0.0.0/8\n  HostbasedAuthentication yes\n',
      findings: [{ messageId: 'hostbasedEnabled', line: 3, column: 3, endLine: 3, endColumn: 30, messageIncludes: '10.0.0.0/8' }],
    },
    {
      name: 'drop-in wins over the main file',
      files: {
        'etc/ssh/sshd_config': 'Include /etc/ssh/sshd_config.d/*.conf\nHostbasedAuthentication no\n',
        'etc/ssh/sshd_config.d/50-vendor.conf': 'HostbasedAuthentication yes\n',
      },
      findings: [
        {
          messageId: 'hostbasedEnabled',
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
