import rule from '../../../rules/sshd/use-login.js';
import { testRule } from '../../helpers/rule-tester.js';

// sshd 9.2 -t: 'Deprecated option UseLogin', exit 0.
testRule(rule, {
  valid: ['Port 22\n'],
  invalid: [
    {
      name: 'UseLogin no',
      code: 'UseLogin no\n',
      findings: [{ messageId: 'obsolete', line: 1, column: 1, endLine: 1, endColumn: 12 }],
    },
    {
      name: 'UseLogin yes in a drop-in',
      files: {
        'etc/ssh/sshd_config': 'Include /etc/ssh/sshd_config.d/*.conf\n',
        'etc/ssh/sshd_config.d/10-old.conf': 'UseLogin yes\n',
      },
      findings: [
        {
          messageId: 'obsolete',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 13,
          file: 'etc/ssh/sshd_config.d/10-old.conf',
        },
      ],
    },
  ],
});
