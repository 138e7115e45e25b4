import rule from '../../../rules/sshd/duplicate-directive.js';
import { testRule } from '../../helpers/rule-tester.js';

// Semantics (defaults, first value wins, Match, Include order) checked against Debian 12's sshd -T / sshd -t (OpenSSH 9.2p1). The alias case: ChallengeResponseAuthentication yes then KbdInteractiveAuthentication no gives yes.
testRule(rule, {
  valid: [
    'PermitRootLogin no\n',
    { name: 'accumulating keyword', code: 'AllowUsers alice\nAllowUsers bob\n' },
    {
      name: 'Match block overrides only its connections',
      code: 'PermitRootLogin no\nMatch User bob\n  PermitRootLogin yes\n',
    },
    {
      name: 'drop-in repeats are dropin-shadowing\'s',
      files: {
        'etc/ssh/sshd_config': 'Include /etc/ssh/sshd_config.d/*.conf\nX11Forwarding no\n',
        'etc/ssh/sshd_config.d/10-a.conf': 'X11Forwarding yes\n',
      },
    },
    {
      name: 'a file included twice replays the same lines',
      files: {
        'etc/ssh/sshd_config': 'Include /etc/ssh/x.conf\nInclude /etc/ssh/x.conf\n',
        'etc/ssh/x.conf': 'X11Forwarding no\n',
      },
    },
  ],
  invalid: [
    {
      name: 'conflicting values',
      code: 'PermitRootLogin no\nPasswordAuthentication no\nPermitRootLogin yes\n',
      findings: [
        {
          messageId: 'conflicting',
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 20,
          messageIncludes: 'etc/ssh/sshd_config:1',
        },
      ],
    },
    {
      name: 'repeated value',
      code: 'X11Forwarding no\nX11Forwarding no\n',
      findings: [{ messageId: 'repeated', line: 2, column: 1, endLine: 2, endColumn: 17 }],
    },
    {
      name: 'inside one Match block',
      code: 'Match User bob\n  X11Forwarding no\n  X11Forwarding yes\n',
      findings: [{ messageId: 'conflicting', line: 3, column: 3, endLine: 3, endColumn: 20 }],
    },
    {
      name: 'alias shares the keyword (first wins across spellings)',
      code: 'ChallengeResponseAuthentication no\nKbdInteractiveAuthentication yes\n',
      findings: [{ messageId: 'conflicting', line: 2, column: 1, endLine: 2, endColumn: 33 }],
    },
  ],
});
