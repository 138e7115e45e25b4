import rule from '../../../rules/sshd/kbd-interactive-authentication.js';
import { testRule } from '../../helpers/rule-tester.js';

// Expected values checked against Debian 12's sshd -T (OpenSSH 9.2p1): defaults, first value wins, Include order.
testRule(rule, {
  valid: [
    'KbdInteractiveAuthentication no\n',
    {
      name: 'hardened inside Match too',
      code: 'KbdInteractiveAuthentication no\nMatch Address 10.0.0.0/8\n  KbdInteractiveAuthentication no\n',
    },
    {
      name: 'main file wins over a later drop-in',
      files: {
        'etc/ssh/sshd_config': 'KbdInteractiveAuthentication no\nInclude /etc/ssh/sshd_config.d/*.conf\n',
        'etc/ssh/sshd_config.d/50-vendor.conf': 'KbdInteractiveAuthentication yes\n',
      },
    },
  ],
  invalid: [
    {
      name: 'weak value',
      code: 'KbdInteractiveAuthentication yes\n',
      findings: [
        {
          messageId: 'kbdEnabled',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 33,
          messageIncludes: 'for all connections',
        },
      ],
    },
    {
      name: 'mixed case keyword and value',
      code: 'KBDINTERACTIVEAUTHENTICATION YES\n',
      findings: [{ messageId: 'kbdEnabled', line: 1, column: 1, endLine: 1, endColumn: 33 }],
    },
    {
      name: 'compiled-in default',
      code: 'Port 22\n',
      findings: [{ messageId: 'kbdEnabled', line: 1, column: 1, endLine: 1, endColumn: 1, messageIncludes: 'by default' }],
    },
    {
      name: 'weak value inside Match',
      code: 'KbdInteractiveAuthentication no\nMatch Address 10.0.0.0/8\n  KbdInteractiveAuthentication yes\n',
      findings: [{ messageId: 'kbdEnabled', line: 3, column: 3, endLine: 3, endColumn: 35, messageIncludes: '10.0.0.0/8' }],
    },
    {
      name: 'drop-in wins over the main file',
      files: {
        'etc/ssh/sshd_config': 'Include /etc/ssh/sshd_config.d/*.conf\nKbdInteractiveAuthentication no\n',
        'etc/ssh/sshd_config.d/50-vendor.conf': 'KbdInteractiveAuthentication yes\n',
      },
      findings: [
        {
          messageId: 'kbdEnabled',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 33,
          file: 'etc/ssh/sshd_config.d/50-vendor.conf',
        },
      ],
    },
  ],
});
