import rule from '../../../rules/sshd/permit-user-rc.js';
import { testRule } from '../../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    '# no forced command\n',
    'Match User sftpuser\n    ForceCommand internal-sftp\n    PermitUserRC no\n',
    { name: 'globally off', code: 'PermitUserRC no\nMatch User sftpuser\n    ForceCommand internal-sftp\n' },
  ],
  invalid: [
    {
      code: 'Match User sftpuser\n    ForceCommand internal-sftp\n',
      findings: [{ messageId: 'userRc', line: 2, column: 5, endColumn: 31, messageIncludes: 'for user sftpuser' }],
    },
    {
      name: 'global forced command',
      code: 'ForceCommand /usr/local/bin/menu\n',
      findings: [{ messageId: 'userRc', line: 1, column: 1, endColumn: 33 }],
    },
  ],
});
