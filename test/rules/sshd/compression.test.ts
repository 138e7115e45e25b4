import compression from '../../../rules/sshd/compression.js';
import { testRule } from '../../helpers/rule-tester.js';

testRule(compression, {
  valid: [
    'Compression no\n',
    { name: 'first value wins', code: 'Compression no\nCompression yes\n' },
  ],
  invalid: [
    { code: 'Compression yes\n', findings: [{ messageId: 'compression', line: 1, column: 1, endLine: 1, endColumn: 16 }] },
    { name: 'compiled-in default', code: 'LogLevel INFO\n', findings: [{ messageId: 'compression', line: 1, column: 1, endColumn: 1, messageIncludes: 'by default' }] },
    { name: 'first value wins', code: 'Compression yes\nCompression no\n', findings: [{ messageId: 'compression', line: 1, column: 1 }] },
    { name: 'drop-in wins over the main file', files: { 'etc/ssh/sshd_config': 'Include /etc/ssh/sshd_config.d/*.conf\nCompression no\n', 'etc/ssh/sshd_config.d/50-cloud-init.conf': 'Compression yes\n' }, findings: [{ messageId: 'compression', file: 'etc/ssh/sshd_config.d/50-cloud-init.conf', line: 1, column: 1 }] },
  ],
});
