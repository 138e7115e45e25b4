import rule from '../../../rules/sshd/ciphers.js';
import { testRule } from '../../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'Match all cannot override a global Ciphers line (checked with sshd -T)', code: 'Ciphers aes256-ctr\nMatch all\n    Ciphers 3des-cbc\n' },
    '# the default list is clean\n',
    'Ciphers aes256-gcm@openssh.com,aes256-ctr\n',
    { name: 'removing CBC that is not there', code: 'Ciphers -*-cbc\n' },
    { name: 'FIPS list', code: 'Ciphers aes256-gcm@openssh.com,aes256-ctr,aes128-gcm@openssh.com,aes128-ctr\n', options: { fips: true } },
  ],
  invalid: [
    {
      name: 'appended to the default',
      code: 'Ciphers +aes256-cbc,3des-cbc\n',
      findings: [
        { messageId: 'broken', line: 1, column: 1, endColumn: 29, messageIncludes: '3des-cbc' },
        { messageId: 'cbc', line: 1, column: 1, endColumn: 29, messageIncludes: 'aes256-cbc' },
      ],
    },
    {
      name: 'FIPS rejects chacha20 in the default list',
      code: 'LogLevel INFO\n',
      options: { fips: true },
      findings: [{ messageId: 'notFips', line: 1, column: 1, endColumn: 1, messageIncludes: 'chacha20-poly1305@openssh.com' }],
    },
    {
      name: 'drop-in',
      files: { 'etc/ssh/sshd_config': 'Include /etc/ssh/sshd_config.d/*.conf\n', 'etc/ssh/sshd_config.d/legacy.conf': 'Ciphers aes128-cbc,aes128-ctr\n' },
      findings: [{ messageId: 'cbc', file: 'etc/ssh/sshd_config.d/legacy.conf', line: 1, column: 1 }],
    },
    {
      // Checked with Debian 12's sshd -T: a global-only keyword after `Match all` applies when the global section left it unset.
      name: 'Match all sets it',
      code: 'PasswordAuthentication no\nMatch all\n    Ciphers 3des-cbc\n',
      findings: [{ messageId: 'broken', line: 3, column: 5 }],
    },
  ],
});
