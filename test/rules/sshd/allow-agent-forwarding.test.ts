import allowAgentForwarding from '../../../rules/sshd/allow-agent-forwarding.js';
import { testRule } from '../../helpers/rule-tester.js';

testRule(allowAgentForwarding, {
  valid: [
    'AllowAgentForwarding no\n',
    { name: 'first value wins', code: 'AllowAgentForwarding no\nAllowAgentForwarding yes\n' },
    { name: 'Match block sets the safe value', code: 'AllowAgentForwarding no\nMatch User alice\n    AllowAgentForwarding no\n' },
    { name: 'DisableForwarding yes overrides it', code: 'DisableForwarding yes\nAllowAgentForwarding yes\n' },
  ],
  invalid: [
    { code: 'AllowAgentForwarding yes\n', findings: [{ messageId: 'agentForwarding', line: 1, column: 1, endLine: 1, endColumn: 25 }] },
    { name: 'compiled-in default', code: 'LogLevel INFO\n', findings: [{ messageId: 'agentForwarding', line: 1, column: 1, endColumn: 1, messageIncludes: 'by default' }] },
    { name: 'first value wins', code: 'AllowAgentForwarding yes\nAllowAgentForwarding no\n', findings: [{ messageId: 'agentForwarding', line: 1, column: 1 }] },
    { name: 'drop-in wins over the main file', files: { 'etc/ssh/sshd_config': 'Include /etc/ssh/sshd_config.d/*.conf\nAllowAgentForwarding no\n', 'etc/ssh/sshd_config.d/50-cloud-init.conf': 'AllowAgentForwarding yes\n' }, findings: [{ messageId: 'agentForwarding', file: 'etc/ssh/sshd_config.d/50-cloud-init.conf', line: 1, column: 1 }] },
    { name: 'weak value inside Match', code: 'AllowAgentForwarding no\nMatch Address 10.0.0.0/8\n    AllowAgentForwarding yes\n', findings: [{ messageId: 'agentForwarding', line: 3, column: 5, messageIncludes: 'for connections from 10.0.0.0/8' }] },
    {
      name: 'DisableForwarding does not cover it before OpenSSH 10.0 (CVE-2025-32728)',
      target: 'ubuntu-22.04',
      code: 'DisableForwarding yes\nAllowAgentForwarding yes\n',
      findings: [{ messageId: 'notCovered', line: 2, column: 1 }],
    },
  ],
});
