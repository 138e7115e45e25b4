import rule from '../../../rules/sshd/kerberos-authentication.js';
import { testRule } from '../../helpers/rule-tester.js';

// Expected values checked against Debian 12's sshd -T (OpenSSH 9.2p1): defaults, first value wins, Include order.
testRule(rule, {
  valid: [
    'KerberosAuthentication no\n',
    'Port 22\n',
    {
      name: 'hardened inside Match too',
      code: 'KerberosAuthentication no\nMatch Address 10.0.0.0/8\n  KerberosAuthentication no\n',
    },
    {
      name: 'main file wins over a later drop-in',
      files: {
        'etc/ssh/sshd_config': 'KerberosAuthentication no\nInclude /etc/ssh/sshd_config.d/*.conf\n',
        'etc/ssh/sshd_config.d/50-vendor.conf': 'KerberosAuthentication yes\n',
      },
    },
  ],
  invalid: [
    {
      name: 'weak value',
      code: 'KerberosAuthentication yes\n',
      findings: [
        {
          messageId: 'kerberosEnabled',
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
      code: 'KERBEROSAUTHENTICATION YES\n',
      findings: [{ messageId: 'kerberosEnabled', line: 1, column: 1, endLine: 1, endColumn: 27 }],
    },
    {
      name: 'weak value inside Match',
      code: 'KerberosAuthentication no\nMatch Address 10.0.0.0/8\n  KerberosAuthentication yes\n',
      findings: [{ messageId: 'kerberosEnabled', line: 3, column: 3, endLine: 3, endColumn: 29, messageIncludes: '10.0.0.0/8' }],
    },
    {
      name: 'drop-in wins over the main file',
      files: {
        'etc/ssh/sshd_config': 'Include /etc/ssh/sshd_config.d/*.conf\nKerberosAuthentication no\n',
        'etc/ssh/sshd_config.d/50-vendor.conf': 'KerberosAuthentication yes\n',
      },
      findings: [
        {
          messageId: 'kerberosEnabled',
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
