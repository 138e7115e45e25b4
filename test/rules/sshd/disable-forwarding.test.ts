import disableForwarding from '../../../rules/sshd/disable-forwarding.js';
import { testRule } from '../../helpers/rule-tester.js';

testRule(disableForwarding, {
  valid: [
    'DisableForwarding yes\n',
    { name: 'first value wins', code: 'DisableForwarding yes\nDisableForwarding no\n' },
    { name: 'Match block sets the safe value', code: 'DisableForwarding yes\nMatch User alice\n    DisableForwarding yes\n' },
  ],
  invalid: [
    { code: 'DisableForwarding no\n', findings: [{ messageId: 'forwardingAllowed', line: 1, column: 1, endLine: 1, endColumn: 21 }] },
    { name: 'compiled-in default', code: 'LogLevel INFO\n', findings: [{ messageId: 'forwardingAllowed', line: 1, column: 1, endColumn: 1, messageIncludes: 'by default' }] },
    { name: 'first value wins', code: 'DisableForwarding no\nDisableForwarding yes\n', findings: [{ messageId: 'forwardingAllowed', line: 1, column: 1 }] },
    { name: 'drop-in wins over the main file', files: { 'etc/ssh/sshd_config': 'Include /etc/ssh/sshd_config.d/*.conf\nDisableForwarding yes\n', 'etc/ssh/sshd_config.d/50-cloud-init.conf': 'DisableForwarding no\n' }, findings: [{ messageId: 'forwardingAllowed', file: 'etc/ssh/sshd_config.d/50-cloud-init.conf', line: 1, column: 1 }] },
    { name: 'weak value inside Match', code: 'DisableForwarding yes\nMatch Address 10.0.0.0/8\n    DisableForwarding no\n', findings: [{ messageId: 'forwardingAllowed', line: 3, column: 5, messageIncludes: 'for connections from 10.0.0.0/8' }] },
  ],
});
