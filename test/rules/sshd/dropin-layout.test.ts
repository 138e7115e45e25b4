import rule from '../../../rules/sshd/dropin-layout.js';
import { testRule } from '../../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    'Include /etc/ssh/sshd_config.d/*.conf\nPasswordAuthentication no\n',
    { name: 'relative Include', code: 'Include sshd_config.d/*.conf\nPasswordAuthentication no\n' },
    { name: 'upstream has no drop-in folder', target: 'upstream', code: 'PasswordAuthentication no\n' },
    {
      name: 'drop-ins that are read',
      files: { 'etc/ssh/sshd_config': 'Include /etc/ssh/sshd_config.d/*.conf\n', 'etc/ssh/sshd_config.d/10-hardening.conf': 'X11Forwarding no\n' },
    },
  ],
  invalid: [
    { code: 'PasswordAuthentication no\n', findings: [{ messageId: 'missingInclude', line: 1, column: 1, endColumn: 1 }] },
    {
      name: 'a directory Include is a no-op',
      code: 'Include /etc/ssh/sshd_config.d\n',
      findings: [{ messageId: 'missingInclude', line: 1, column: 1, endColumn: 1 }],
    },
    {
      name: 'settings above the Include',
      code: 'PasswordAuthentication no\nInclude /etc/ssh/sshd_config.d/*.conf\n',
      findings: [{ messageId: 'includeNotFirst', line: 2, column: 1, endColumn: 38, messageIncludes: 'PasswordAuthentication at line 1' }],
    },
    {
      name: 'a .cfg drop-in is never read',
      files: {
        'etc/ssh/sshd_config': 'Include /etc/ssh/sshd_config.d/*.conf\n',
        'etc/ssh/sshd_config.d/00-hardening.cfg': 'PasswordAuthentication no\n',
        'etc/ssh/sshd_config.d/50-cloud-init.conf': 'PasswordAuthentication yes\n',
      },
      findings: [{ messageId: 'ignoredDropin', file: 'etc/ssh/sshd_config.d/00-hardening.cfg', line: 1, column: 1 }],
    },
  ],
});
