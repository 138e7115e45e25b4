import rule from '../../../rules/sshd/log-level.js';
import { testRule } from '../../helpers/rule-tester.js';

testRule(rule, {
  valid: ['# default INFO\n', 'LogLevel VERBOSE\n', { name: 'STIG minimum', code: 'LogLevel VERBOSE\n', options: { minimum: 'VERBOSE' } }],
  invalid: [
    { code: 'LogLevel QUIET\n', findings: [{ messageId: 'tooQuiet', line: 1, column: 1, endColumn: 15, messageIncludes: 'logs only at QUIET' }] },
    { code: 'LogLevel DEBUG3\n', findings: [{ messageId: 'debug', line: 1, column: 1, endColumn: 16 }] },
    { name: 'STIG flags INFO', code: 'LogLevel INFO\n', options: { minimum: 'VERBOSE' }, findings: [{ messageId: 'tooQuiet', line: 1, column: 1, endColumn: 14 }] },
    {
      name: 'Match block lowers it',
      code: 'LogLevel VERBOSE\nMatch User batch\n    LogLevel ERROR\n',
      findings: [{ messageId: 'tooQuiet', line: 3, column: 5, messageIncludes: 'for user batch' }],
    },
    {
      name: 'drop-in wins',
      files: { 'etc/ssh/sshd_config': 'Include /etc/ssh/sshd_config.d/*.conf\nLogLevel VERBOSE\n', 'etc/ssh/sshd_config.d/00-quiet.conf': 'LogLevel FATAL\n' },
      findings: [{ messageId: 'tooQuiet', file: 'etc/ssh/sshd_config.d/00-quiet.conf', line: 1, column: 1 }],
    },
  ],
});
