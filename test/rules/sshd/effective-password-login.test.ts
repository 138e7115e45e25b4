import rule from '../../../rules/sshd/effective-password-login.js';
import { testRule } from '../../helpers/rule-tester.js';

// Semantics (defaults, first value wins, Match, Include order) checked against Debian 12's sshd -T / sshd -t (OpenSSH 9.2p1).
testRule(rule, {
  valid: [
    'PasswordAuthentication no\n',
    {
      name: 'keyboard-interactive without PAM asks nothing',
      code: 'PasswordAuthentication no\nKbdInteractiveAuthentication yes\n',
    },
    {
      name: 'a key is always required as well',
      code: 'PasswordAuthentication yes\nAuthenticationMethods publickey,password\n',
    },
    {
      name: 'PAM on, both password paths off',
      code: 'UsePAM yes\nPasswordAuthentication no\nKbdInteractiveAuthentication no\n',
    },
    {
      name: 'hardening drop-in read first',
      files: {
        'etc/ssh/sshd_config': 'Include /etc/ssh/sshd_config.d/*.conf\nPasswordAuthentication yes\n',
        'etc/ssh/sshd_config.d/00-hardening.conf': 'PasswordAuthentication no\n',
      },
    },
  ],
  invalid: [
    {
      name: 'compiled-in default',
      code: 'Port 22\n',
      findings: [{ messageId: 'passwordLogin', line: 1, column: 1, endLine: 1, endColumn: 1, messageIncludes: 'by default' }],
    },
    {
      name: '50-cloud-init.conf beats the hardening',
      files: {
        'etc/ssh/sshd_config': 'Include /etc/ssh/sshd_config.d/*.conf\nPasswordAuthentication no\n',
        'etc/ssh/sshd_config.d/50-cloud-init.conf': 'PasswordAuthentication yes\n',
        'etc/ssh/sshd_config.d/99-hardening.conf': 'PasswordAuthentication no\n',
      },
      findings: [
        {
          messageId: 'passwordLoginBeats',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 27,
          file: 'etc/ssh/sshd_config.d/50-cloud-init.conf',
          messageIncludes: 'etc/ssh/sshd_config.d/99-hardening.conf:1',
        },
      ],
    },
    {
      name: 'Match block re-enables passwords',
      code: 'PasswordAuthentication no\nMatch Address 10.0.0.0/8\n  PasswordAuthentication yes\n',
      findings: [
        {
          messageId: 'passwordLoginBeats',
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 29,
          messageIncludes: '10.0.0.0/8',
        },
      ],
    },
    {
      name: 'keyboard-interactive with PAM by default',
      code: 'UsePAM yes\nPasswordAuthentication no\n',
      findings: [{ messageId: 'kbdLogin', line: 1, column: 1, endLine: 1, endColumn: 1, messageIncludes: 'by default' }],
    },
    {
      name: 'keyboard-interactive with PAM',
      code: 'UsePAM yes\nPasswordAuthentication no\nKbdInteractiveAuthentication yes\n',
      findings: [{ messageId: 'kbdLogin', line: 3, column: 1, endLine: 3, endColumn: 33 }],
    },
  ],
});
