import rule from '../../../rules/sshd/crypto-policy.js';
import { testRule } from '../../helpers/rule-tester.js';

const BACKEND = 'etc/crypto-policies/back-ends/opensshserver.config';

testRule(rule, {
  valid: [
    { name: 'not a RHEL target', code: 'Ciphers aes256-gcm@openssh.com\n' },
    { name: 'the distro layout', target: 'rhel-9', code: 'Include /etc/ssh/sshd_config.d/*.conf\nPasswordAuthentication no\n' },
    {
      name: 'no algorithm lines after the policy',
      target: 'rhel-9',
      files: {
        'etc/ssh/sshd_config': 'Include /etc/ssh/sshd_config.d/*.conf\n',
        'etc/ssh/sshd_config.d/50-redhat.conf': 'Include /etc/crypto-policies/back-ends/opensshserver.config\n',
        [BACKEND]: 'Ciphers aes256-gcm@openssh.com,aes256-ctr\n',
      },
    },
  ],
  invalid: [
    { target: 'rhel-9', code: 'Ciphers aes256-gcm@openssh.com\n', findings: [{ messageId: 'notIncluded', line: 1, column: 1, endColumn: 1 }] },
    {
      name: 'hardening after the policy is dead',
      target: 'rhel-9',
      files: {
        'etc/ssh/sshd_config': 'Include /etc/ssh/sshd_config.d/*.conf\nCiphers aes256-ctr\n',
        'etc/ssh/sshd_config.d/50-redhat.conf': 'Include /etc/crypto-policies/back-ends/opensshserver.config\n',
        [BACKEND]: 'Ciphers aes256-gcm@openssh.com,aes256-ctr\n',
      },
      findings: [{ messageId: 'shadowed', file: 'etc/ssh/sshd_config', line: 2, column: 1, endColumn: 19 }],
    },
  ],
});
