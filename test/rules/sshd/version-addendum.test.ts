import rule from '../../../rules/sshd/version-addendum.js';
import { testRule } from '../../helpers/rule-tester.js';

testRule(rule, {
  valid: ['# default none\n', 'VersionAddendum none\n'],
  invalid: [
    { code: 'VersionAddendum bastion-prod\n', findings: [{ messageId: 'addendum', line: 1, column: 1, endColumn: 29, messageIncludes: 'bastion-prod' }] },
    {
      name: 'from a drop-in',
      files: { 'etc/ssh/sshd_config': 'Include /etc/ssh/sshd_config.d/*.conf\n', 'etc/ssh/sshd_config.d/10-id.conf': 'VersionAddendum web42\n' },
      findings: [{ messageId: 'addendum', file: 'etc/ssh/sshd_config.d/10-id.conf', line: 1, column: 1 }],
    },
  ],
});
