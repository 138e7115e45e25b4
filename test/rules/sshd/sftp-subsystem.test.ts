import rule from '../../../rules/sshd/sftp-subsystem.js';
import { testRule } from '../../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    'Subsystem sftp /usr/lib/openssh/sftp-server\n',
    'Subsystem sftp internal-sftp\nMatch User sftpuser\n    ChrootDirectory /srv/sftp/%u\n    ForceCommand internal-sftp -f AUTHPRIV -l INFO\n',
  ],
  invalid: [
    {
      name: 'external sftp-server inside a chroot',
      code: 'Subsystem sftp /usr/lib/openssh/sftp-server\nMatch User sftpuser\n    ChrootDirectory /srv/sftp/%u\n',
      findings: [{ messageId: 'externalServerInChroot', line: 3, column: 5, endColumn: 33, messageIncludes: 'for user sftpuser' }],
    },
    {
      name: 'internal-sftp without logging',
      code: 'Subsystem sftp internal-sftp\nMatch User sftpuser\n    ChrootDirectory /srv/sftp/%u\n    ForceCommand internal-sftp\n',
      findings: [{ messageId: 'noTransferLog', line: 4, column: 5, endColumn: 31 }],
    },
    {
      name: 'internal-sftp subsystem without logging',
      code: 'Subsystem sftp internal-sftp\nMatch User sftpuser\n    ChrootDirectory /srv/sftp/%u\n',
      findings: [{ messageId: 'noTransferLog', line: 1, column: 1, endColumn: 29 }],
    },
  ],
});
