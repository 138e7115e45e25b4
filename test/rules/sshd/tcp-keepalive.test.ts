import tcpKeepalive from '../../../rules/sshd/tcp-keepalive.js';
import { testRule } from '../../helpers/rule-tester.js';

testRule(tcpKeepalive, {
  valid: [
    'TCPKeepAlive no\n',
    { name: 'first value wins', code: 'TCPKeepAlive no\nTCPKeepAlive yes\n' },
  ],
  invalid: [
    { code: 'TCPKeepAlive yes\n', findings: [{ messageId: 'tcpKeepAlive', line: 1, column: 1, endLine: 1, endColumn: 17 }] },
    { name: 'compiled-in default', code: 'LogLevel INFO\n', findings: [{ messageId: 'tcpKeepAlive', line: 1, column: 1, endColumn: 1, messageIncludes: 'by default' }] },
    { name: 'first value wins', code: 'TCPKeepAlive yes\nTCPKeepAlive no\n', findings: [{ messageId: 'tcpKeepAlive', line: 1, column: 1 }] },
    { name: 'drop-in wins over the main file', files: { 'etc/ssh/sshd_config': 'Include /etc/ssh/sshd_config.d/*.conf\nTCPKeepAlive no\n', 'etc/ssh/sshd_config.d/50-cloud-init.conf': 'TCPKeepAlive yes\n' }, findings: [{ messageId: 'tcpKeepAlive', file: 'etc/ssh/sshd_config.d/50-cloud-init.conf', line: 1, column: 1 }] },
  ],
});
