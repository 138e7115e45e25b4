import rule from '../../../rules/sshd/permit-tty.js';
import { testRule } from '../../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    '# no forced command\n',
    'Match User backup\n    ForceCommand /usr/local/bin/backup-receiver\n    PermitTTY no\n',
  ],
  invalid: [
    {
      code: 'Match User backup\n    ForceCommand /usr/local/bin/backup-receiver\n',
      findings: [{ messageId: 'ttyAllowed', line: 2, column: 5, messageIncludes: 'for user backup' }],
    },
    {
      name: 'PermitTTY yes set explicitly',
      code: 'PermitTTY yes\nMatch User backup\n    ForceCommand internal-sftp\n',
      findings: [{ messageId: 'ttyAllowed', line: 3, column: 5, endColumn: 31 }],
    },
  ],
});
