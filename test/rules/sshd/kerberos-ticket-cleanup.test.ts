import rule from '../../../rules/sshd/kerberos-ticket-cleanup.js';
import { testRule } from '../../helpers/rule-tester.js';

// Expected values checked against Debian 12's sshd -T (OpenSSH 9.2p1): defaults, first value wins, Include order.
testRule(rule, {
  valid: [
    'KerberosTicketCleanup yes\n',
    'Port 22\n',
    {
      name: 'main file wins over a later drop-in',
      files: {
        'etc/ssh/sshd_config': 'KerberosTicketCleanup yes\nInclude /etc/ssh/sshd_config.d/*.conf\n',
        'etc/ssh/sshd_config.d/50-vendor.conf': 'KerberosTicketCleanup no\n',
      },
    },
  ],
  invalid: [
    {
      name: 'weak value',
      code: 'KerberosTicketCleanup no\n',
      findings: [
        {
          messageId: 'ticketsKept',
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
      code: 'KERBEROSTICKETCLEANUP NO\n',
      findings: [{ messageId: 'ticketsKept', line: 1, column: 1, endLine: 1, endColumn: 25 }],
    },
    {
      name: 'drop-in wins over the main file',
      files: {
        'etc/ssh/sshd_config': 'Include /etc/ssh/sshd_config.d/*.conf\nKerberosTicketCleanup yes\n',
        'etc/ssh/sshd_config.d/50-vendor.conf': 'KerberosTicketCleanup no\n',
      },
      findings: [
        {
          messageId: 'ticketsKept',
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
