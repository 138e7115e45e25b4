import allowStreamlocalForwarding from '../../../rules/sshd/allow-streamlocal-forwarding.js';
import { testRule } from '../../helpers/rule-tester.js';

testRule(allowStreamlocalForwarding, {
  valid: [
    'AllowStreamLocalForwarding no\n',
    { name: 'first value wins', code: 'AllowStreamLocalForwarding no\nAllowStreamLocalForwarding yes\n' },
    { name: 'Match block sets the safe value', code: 'AllowStreamLocalForwarding no\nMatch User alice\n    AllowStreamLocalForwarding no\n' },
    { name: 'DisableForwarding yes overrides it', code: 'DisableForwarding yes\nAllowStreamLocalForwarding yes\n' },
  ],
  invalid: [
    { code: 'AllowStreamLocalForwarding yes\n', findings: [{ messageId: 'streamLocalForwarding', line: 1, column: 1, endLine: 1, endColumn: 31 }] },
    { name: 'compiled-in default', code: 'LogLevel INFO\n', findings: [{ messageId: 'streamLocalForwarding', line: 1, column: 1, endColumn: 1, messageIncludes: 'by default' }] },
    { name: 'first value wins', code: 'AllowStreamLocalForwarding yes\nAllowStreamLocalForwarding no\n', findings: [{ messageId: 'streamLocalForwarding', line: 1, column: 1 }] },
    { name: 'drop-in wins over the main file', files: { 'etc/ssh/sshd_config': 'Include /etc/ssh/sshd_config.d/*.conf\nAllowStreamLocalForwarding no\n', 'etc/ssh/sshd_config.d/50-cloud-init.conf': 'AllowStreamLocalForwarding yes\n' }, findings: [{ messageId: 'streamLocalForwarding', file: 'etc/ssh/sshd_config.d/50-cloud-init.conf', line: 1, column: 1 }] },
    { name: 'weak value inside Match', code: 'AllowStreamLocalForwarding no\nMatch Address 10.0.0.0/8\n    AllowStreamLocalForwarding yes\n', findings: [{ messageId: 'streamLocalForwarding', line: 3, column: 5, messageIncludes: 'for connections from 10.0.0.0/8' }] },
  ],
});
