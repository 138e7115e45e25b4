import x11Forwarding from '../../../rules/sshd/x11-forwarding.js';
import { testRule } from '../../helpers/rule-tester.js';

testRule(x11Forwarding, {
  valid: [
    'X11Forwarding no\n',
    '# nothing set: the default is safe\n',
    { name: 'first value wins', code: 'X11Forwarding no\nX11Forwarding yes\n' },
    { name: 'Match block sets the safe value', code: 'X11Forwarding no\nMatch User alice\n    X11Forwarding no\n' },
    { name: 'DisableForwarding yes overrides it', code: 'DisableForwarding yes\nX11Forwarding yes\n' },
  ],
  invalid: [
    { code: 'X11Forwarding yes\n', findings: [{ messageId: 'x11Forwarding', line: 1, column: 1, endLine: 1, endColumn: 18 }] },
    { name: 'first value wins', code: 'X11Forwarding yes\nX11Forwarding no\n', findings: [{ messageId: 'x11Forwarding', line: 1, column: 1 }] },
    { name: 'drop-in wins over the main file', files: { 'etc/ssh/sshd_config': 'Include /etc/ssh/sshd_config.d/*.conf\nX11Forwarding no\n', 'etc/ssh/sshd_config.d/50-cloud-init.conf': 'X11Forwarding yes\n' }, findings: [{ messageId: 'x11Forwarding', file: 'etc/ssh/sshd_config.d/50-cloud-init.conf', line: 1, column: 1 }] },
    { name: 'weak value inside Match', code: 'X11Forwarding no\nMatch Address 10.0.0.0/8\n    X11Forwarding yes\n', findings: [{ messageId: 'x11Forwarding', line: 3, column: 5, messageIncludes: 'for connections from 10.0.0.0/8' }] },
    {
      name: 'DisableForwarding does not cover it before OpenSSH 10.0 (CVE-2025-32728)',
      target: 'ubuntu-22.04',
      code: 'DisableForwarding yes\nX11Forwarding yes\n',
      findings: [{ messageId: 'notCovered', line: 2, column: 1 }],
    },
  ],
});
