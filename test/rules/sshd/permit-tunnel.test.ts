import permitTunnel from '../../../rules/sshd/permit-tunnel.js';
import { testRule } from '../../helpers/rule-tester.js';

testRule(permitTunnel, {
  valid: [
    'PermitTunnel no\n',
    '# nothing set: the default is safe\n',
    { name: 'first value wins', code: 'PermitTunnel no\nPermitTunnel yes\n' },
    { name: 'Match block sets the safe value', code: 'PermitTunnel no\nMatch User alice\n    PermitTunnel no\n' },
  ],
  invalid: [
    { code: 'PermitTunnel yes\n', findings: [{ messageId: 'tunnel', line: 1, column: 1, endLine: 1, endColumn: 17 }] },
    { name: 'first value wins', code: 'PermitTunnel yes\nPermitTunnel no\n', findings: [{ messageId: 'tunnel', line: 1, column: 1 }] },
    { name: 'drop-in wins over the main file', files: { 'etc/ssh/sshd_config': 'Include /etc/ssh/sshd_config.d/*.conf\nPermitTunnel no\n', 'etc/ssh/sshd_config.d/50-cloud-init.conf': 'PermitTunnel yes\n' }, findings: [{ messageId: 'tunnel', file: 'etc/ssh/sshd_config.d/50-cloud-init.conf', line: 1, column: 1 }] },
    { name: 'weak value inside Match', code: 'PermitTunnel no\nMatch Address 10.0.0.0/8\n    PermitTunnel yes\n', findings: [{ messageId: 'tunnel', line: 3, column: 5, messageIncludes: 'for connections from 10.0.0.0/8' }] },
  ],
});
