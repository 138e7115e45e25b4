import rule from '../../../rules/sshd/accept-env.js';
import { testRule } from '../../helpers/rule-tester.js';

// Semantics (defaults, first value wins, Match, Include order) checked against Debian 12's sshd -T / sshd -t (OpenSSH 9.2p1). A Match block's AcceptEnv replaces the global list (tested: acceptenv LD_* only).
testRule(rule, {
  valid: [
    'AcceptEnv LANG LC_*\n',
    'Port 22\n',
    { name: 'allowed by option', code: 'AcceptEnv PYTHON*\n', options: { allow: ['PYTHON*'] } },
    { name: 'Match block replaces the global list', code: 'AcceptEnv BASH_ENV\nMatch all\n  AcceptEnv LANG\n' },
  ],
  invalid: [
    {
      name: 'BASH_ENV',
      code: 'AcceptEnv LANG LC_* BASH_ENV\n',
      findings: [{ messageId: 'dangerousEnv', line: 1, column: 21, endLine: 1, endColumn: 29 }],
    },
    {
      name: 'everything',
      code: 'AcceptEnv *\n',
      findings: [{ messageId: 'dangerousEnv', line: 1, column: 11, endLine: 1, endColumn: 12, messageIncludes: 'LD_PRELOAD' }],
    },
    {
      name: 'inside a Match block',
      code: 'AcceptEnv LANG\nMatch User ci\n  AcceptEnv LD_*\n',
      findings: [{ messageId: 'dangerousEnv', line: 3, column: 13, endLine: 3, endColumn: 17, messageIncludes: 'for user ci' }],
    },
    {
      name: 'in a drop-in',
      files: {
        'etc/ssh/sshd_config': 'Include /etc/ssh/sshd_config.d/*.conf\n',
        'etc/ssh/sshd_config.d/10-env.conf': 'AcceptEnv PATH\n',
      },
      findings: [
        {
          messageId: 'dangerousEnv',
          line: 1,
          column: 11,
          endLine: 1,
          endColumn: 15,
          file: 'etc/ssh/sshd_config.d/10-env.conf',
        },
      ],
    },
  ],
});
