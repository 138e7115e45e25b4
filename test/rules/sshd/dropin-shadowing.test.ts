import rule from '../../../rules/sshd/dropin-shadowing.js';
import { testRule } from '../../helpers/rule-tester.js';

// Semantics (defaults, first value wins, Match, Include order) checked against Debian 12's sshd -T / sshd -t (OpenSSH 9.2p1).
testRule(rule, {
  valid: [
    {
      name: 'same value in both files',
      files: {
        'etc/ssh/sshd_config': 'Include /etc/ssh/sshd_config.d/*.conf\nX11Forwarding no\n',
        'etc/ssh/sshd_config.d/10-vendor.conf': 'X11Forwarding no\n',
      },
    },
    {
      name: 'different keywords',
      files: {
        'etc/ssh/sshd_config': 'Include /etc/ssh/sshd_config.d/*.conf\nX11Forwarding no\n',
        'etc/ssh/sshd_config.d/10-vendor.conf': 'PasswordAuthentication no\n',
      },
    },
    'X11Forwarding no\n',
  ],
  invalid: [
    {
      name: 'drop-in beats the main file',
      files: {
        'etc/ssh/sshd_config': 'Include /etc/ssh/sshd_config.d/*.conf\nX11Forwarding no\n',
        'etc/ssh/sshd_config.d/10-vendor.conf': 'X11Forwarding yes\n',
      },
      findings: [
        {
          messageId: 'shadowedByFile',
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 17,
          file: 'etc/ssh/sshd_config',
          messageIncludes: 'etc/ssh/sshd_config.d/10-vendor.conf:1',
        },
      ],
    },
    {
      name: '50-cloud-init.conf beats 99-hardening.conf',
      files: {
        'etc/ssh/sshd_config': 'Include /etc/ssh/sshd_config.d/*.conf\n',
        'etc/ssh/sshd_config.d/50-cloud-init.conf': 'PasswordAuthentication yes\n',
        'etc/ssh/sshd_config.d/99-hardening.conf': 'PasswordAuthentication no\n',
      },
      findings: [
        {
          messageId: 'shadowedByFile',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 26,
          file: 'etc/ssh/sshd_config.d/99-hardening.conf',
        },
      ],
    },
    {
      name: 'main file beats a drop-in included after it',
      files: {
        'etc/ssh/sshd_config': 'X11Forwarding no\nInclude /etc/ssh/sshd_config.d/*.conf\n',
        'etc/ssh/sshd_config.d/10-vendor.conf': 'X11Forwarding yes\n',
      },
      findings: [
        {
          messageId: 'shadowedByFile',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 18,
          file: 'etc/ssh/sshd_config.d/10-vendor.conf',
        },
      ],
    },
  ],
});
