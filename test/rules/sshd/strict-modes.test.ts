import rule from '../../../rules/sshd/strict-modes.js';
import { testRule } from '../../helpers/rule-tester.js';

// Expected values checked against Debian 12's sshd -T (OpenSSH 9.2p1): defaults, first value wins, Include order.
testRule(rule, {
  valid: [
    'StrictModes yes\n',
    'Port 22\n',
    {
      name: 'main file wins over a later drop-in',
      files: {
        'etc/ssh/sshd_config': 'StrictModes yes\nInclude /etc/ssh/sshd_config.d/*.conf\n',
        'etc/ssh/sshd_config.d/50-vendor.conf': 'StrictModes no\n',
      },
    },
  ],
  invalid: [
    {
      name: 'weak value',
      code: 'StrictModes no\n',
      findings: [
        {
          messageId: 'strictModesOff',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 15,
          messageIncludes: 'for all connections',
        },
      ],
    },
    {
      name: 'mixed case keyword and value',
      code: 'STRICTMODES NO\n',
      findings: [{ messageId: 'strictModesOff', line: 1, column: 1, endLine: 1, endColumn: 15 }],
    },
    {
      name: 'drop-in wins over the main file',
      files: {
        'etc/ssh/sshd_config': 'Include /etc/ssh/sshd_config.d/*.conf\nStrictModes yes\n',
        'etc/ssh/sshd_config.d/50-vendor.conf': 'StrictModes no\n',
      },
      findings: [
        {
          messageId: 'strictModesOff',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 15,
          file: 'etc/ssh/sshd_config.d/50-vendor.conf',
        },
      ],
    },
  ],
});
