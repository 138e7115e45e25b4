import printMotd from '../../../rules/sshd/print-motd.js';
import { testRule } from '../../helpers/rule-tester.js';

testRule(printMotd, {
  valid: [
    'PrintMotd no\n',
    { name: 'first value wins', code: 'PrintMotd no\nPrintMotd yes\n' },
  ],
  invalid: [
    { code: 'PrintMotd yes\n', findings: [{ messageId: 'printMotd', line: 1, column: 1, endLine: 1, endColumn: 14 }] },
    { name: 'compiled-in default', code: 'LogLevel INFO\n', findings: [{ messageId: 'printMotd', line: 1, column: 1, endColumn: 1, messageIncludes: 'by default' }] },
    { name: 'first value wins', code: 'PrintMotd yes\nPrintMotd no\n', findings: [{ messageId: 'printMotd', line: 1, column: 1 }] },
    { name: 'drop-in wins over the main file', files: { 'etc/ssh/sshd_config': 'Include /etc/ssh/sshd_config.d/*.conf\nPrintMotd no\n', 'etc/ssh/sshd_config.d/50-cloud-init.conf': 'PrintMotd yes\n' }, findings: [{ messageId: 'printMotd', file: 'etc/ssh/sshd_config.d/50-cloud-init.conf', line: 1, column: 1 }] },
  ],
});
