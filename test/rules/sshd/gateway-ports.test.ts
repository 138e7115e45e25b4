import gatewayPorts from '../../../rules/sshd/gateway-ports.js';
import { testRule } from '../../helpers/rule-tester.js';

testRule(gatewayPorts, {
  valid: [
    'GatewayPorts no\n',
    '# nothing set: the default is safe\n',
    { name: 'first value wins', code: 'GatewayPorts no\nGatewayPorts yes\n' },
    { name: 'Match block sets the safe value', code: 'GatewayPorts no\nMatch User alice\n    GatewayPorts no\n' },
    { name: 'DisableForwarding yes overrides it', code: 'DisableForwarding yes\nGatewayPorts yes\n' },
  ],
  invalid: [
    { code: 'GatewayPorts yes\n', findings: [{ messageId: 'gatewayPorts', line: 1, column: 1, endLine: 1, endColumn: 17 }] },
    { name: 'first value wins', code: 'GatewayPorts yes\nGatewayPorts no\n', findings: [{ messageId: 'gatewayPorts', line: 1, column: 1 }] },
    { name: 'drop-in wins over the main file', files: { 'etc/ssh/sshd_config': 'Include /etc/ssh/sshd_config.d/*.conf\nGatewayPorts no\n', 'etc/ssh/sshd_config.d/50-cloud-init.conf': 'GatewayPorts yes\n' }, findings: [{ messageId: 'gatewayPorts', file: 'etc/ssh/sshd_config.d/50-cloud-init.conf', line: 1, column: 1 }] },
    { name: 'weak value inside Match', code: 'GatewayPorts no\nMatch Address 10.0.0.0/8\n    GatewayPorts yes\n', findings: [{ messageId: 'gatewayPorts', line: 3, column: 5, messageIncludes: 'for connections from 10.0.0.0/8' }] },
  ],
});
