import rule from '../../../rules/sshd/port-commented-out.js';
import { testRule } from '../../helpers/rule-tester.js';

// sshd ignores comment lines, so with no Port line it listens on 22 (sshd -T prints port 22).
testRule(rule, {
  valid: [
    '#Port 22\n',
    'Port 2222\n#Port 2200\n',
    'Port 22\n',
    '# Ports are managed by the firewall team\n',
    { name: 'a trailing remark is not a commented-out line', code: 'PasswordAuthentication no # Port 2222\n' },
    { name: 'a remark after a Match line', code: 'Match User bob # Port 2222\n  X11Forwarding no\n' },
  ],
  invalid: [
    {
      name: 'commented Port 2222',
      code: '#Port 2222\nPasswordAuthentication no\n',
      findings: [{ messageId: 'commentedPort', line: 1, column: 1, endLine: 1, endColumn: 11 }],
    },
    {
      name: 'with a space after #',
      code: 'PasswordAuthentication no\n# Port 2200\n',
      findings: [{ messageId: 'commentedPort', line: 2, column: 1, endLine: 2, endColumn: 12 }],
    },
    {
      name: 'in a drop-in',
      files: {
        'etc/ssh/sshd_config': 'Include /etc/ssh/sshd_config.d/*.conf\n',
        'etc/ssh/sshd_config.d/10-port.conf': '#Port 2222\n',
      },
      findings: [
        {
          messageId: 'commentedPort',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 11,
          file: 'etc/ssh/sshd_config.d/10-port.conf',
        },
      ],
    },
  ],
});
