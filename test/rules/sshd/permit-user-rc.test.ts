import rule from '../../../rules/sshd/permit-user-rc.js';
import { testRule } from '../../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    'PermitUserRC no\n',
    { name: 'ForceCommand: sshd skips ~/.ssh/rc itself', code: 'ForceCommand /usr/local/bin/menu\n' },
    { name: 'a Match block with ForceCommand', code: 'PermitUserRC no\nMatch User sftpuser\n    ForceCommand internal-sftp\n    PermitUserRC yes\n' },
  ],
  invalid: [
    { name: 'default yes', code: 'LogLevel INFO\n', findings: [{ messageId: 'userRc', line: 1, column: 1, endColumn: 1, messageIncludes: 'by default for all connections' }] },
    { code: 'PermitUserRC yes\n', findings: [{ messageId: 'userRc', line: 1, column: 1, endColumn: 17 }] },
    {
      name: 'a Match block re-enables it',
      code: 'PermitUserRC no\nMatch User backup\n    PermitUserRC yes\n',
      findings: [{ messageId: 'userRc', line: 3, column: 5, messageIncludes: 'for user backup' }],
    },
  ],
});
