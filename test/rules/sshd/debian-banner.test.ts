import debianBanner from '../../../rules/sshd/debian-banner.js';
import { testRule } from '../../helpers/rule-tester.js';

testRule(debianBanner, {
  valid: [
    { name: 'not a Debian build', target: 'rhel-9', code: 'LogLevel INFO\n' },
    'DebianBanner no\n',
    { name: 'first value wins', code: 'DebianBanner no\nDebianBanner yes\n' },
  ],
  invalid: [
    { code: 'DebianBanner yes\n', findings: [{ messageId: 'debianBanner', line: 1, column: 1, endLine: 1, endColumn: 17 }] },
    { name: 'compiled-in default', code: 'LogLevel INFO\n', findings: [{ messageId: 'debianBanner', line: 1, column: 1, endColumn: 1, messageIncludes: 'by default' }] },
    { name: 'first value wins', code: 'DebianBanner yes\nDebianBanner no\n', findings: [{ messageId: 'debianBanner', line: 1, column: 1 }] },
    { name: 'drop-in wins over the main file', files: { 'etc/ssh/sshd_config': 'Include /etc/ssh/sshd_config.d/*.conf\nDebianBanner no\n', 'etc/ssh/sshd_config.d/50-cloud-init.conf': 'DebianBanner yes\n' }, findings: [{ messageId: 'debianBanner', file: 'etc/ssh/sshd_config.d/50-cloud-init.conf', line: 1, column: 1 }] },
  ],
});
