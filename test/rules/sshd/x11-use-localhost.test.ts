import x11UseLocalhost from '../../../rules/sshd/x11-use-localhost.js';
import { testRule } from '../../helpers/rule-tester.js';

testRule(x11UseLocalhost, {
  valid: [
    'X11UseLocalhost yes\n',
    '# nothing set: the default is safe\n',
    { name: 'first value wins', code: 'X11UseLocalhost yes\nX11UseLocalhost no\n' },
    { name: 'Match block sets the safe value', code: 'X11UseLocalhost yes\nMatch User alice\n    X11UseLocalhost yes\n' },
  ],
  invalid: [
    { code: 'X11UseLocalhost no\n', findings: [{ messageId: 'x11Wildcard', line: 1, column: 1, endLine: 1, endColumn: 19 }] },
    { name: 'first value wins', code: 'X11UseLocalhost no\nX11UseLocalhost yes\n', findings: [{ messageId: 'x11Wildcard', line: 1, column: 1 }] },
    { name: 'drop-in wins over the main file', files: { 'etc/ssh/sshd_config': 'Include /etc/ssh/sshd_config.d/*.conf\nX11UseLocalhost yes\n', 'etc/ssh/sshd_config.d/50-cloud-init.conf': 'X11UseLocalhost no\n' }, findings: [{ messageId: 'x11Wildcard', file: 'etc/ssh/sshd_config.d/50-cloud-init.conf', line: 1, column: 1 }] },
    { name: 'weak value inside Match', code: 'X11UseLocalhost yes\nMatch Address 10.0.0.0/8\n    X11UseLocalhost no\n', findings: [{ messageId: 'x11Wildcard', line: 3, column: 5, messageIncludes: 'for connections from 10.0.0.0/8' }] },
  ],
});
