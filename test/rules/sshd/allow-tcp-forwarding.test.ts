import allowTcpForwarding from '../../../rules/sshd/allow-tcp-forwarding.js';
import { testRule } from '../../helpers/rule-tester.js';

testRule(allowTcpForwarding, {
  valid: [
    'AllowTcpForwarding no\n',
    { name: 'first value wins', code: 'AllowTcpForwarding no\nAllowTcpForwarding yes\n' },
    { name: 'Match block sets the safe value', code: 'AllowTcpForwarding no\nMatch User alice\n    AllowTcpForwarding no\n' },
    { name: 'DisableForwarding yes overrides it', code: 'DisableForwarding yes\nAllowTcpForwarding yes\n' },
  ],
  invalid: [
    { code: 'AllowTcpForwarding yes\n', findings: [{ messageId: 'tcpForwarding', line: 1, column: 1, endLine: 1, endColumn: 23 }] },
    { name: 'compiled-in default', code: 'LogLevel INFO\n', findings: [{ messageId: 'tcpForwarding', line: 1, column: 1, endColumn: 1, messageIncludes: 'by default' }] },
    { name: 'first value wins', code: 'AllowTcpForwarding yes\nAllowTcpForwarding no\n', findings: [{ messageId: 'tcpForwarding', line: 1, column: 1 }] },
    { name: 'drop-in wins over the main file', files: { 'etc/ssh/sshd_config': 'Include /etc/ssh/sshd_config.d/*.conf\nAllowTcpForwarding no\n', 'etc/ssh/sshd_config.d/50-cloud-init.conf': 'AllowTcpForwarding yes\n' }, findings: [{ messageId: 'tcpForwarding', file: 'etc/ssh/sshd_config.d/50-cloud-init.conf', line: 1, column: 1 }] },
    { name: 'weak value inside Match', code: 'AllowTcpForwarding no\nMatch Address 10.0.0.0/8\n    AllowTcpForwarding yes\n', findings: [{ messageId: 'tcpForwarding', line: 3, column: 5, messageIncludes: 'for connections from 10.0.0.0/8' }] },
  ],
});
