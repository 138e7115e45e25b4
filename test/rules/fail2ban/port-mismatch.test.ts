import rule from '../../../rules/fail2ban/port-mismatch.js';
import { testRule } from '../../helpers/rule-tester.js';

const J = 'etc/fail2ban/jail.local';
const S = 'etc/ssh/sshd_config';

testRule(rule, {
  valid: [
    { files: { [S]: 'Port 2222\n', [J]: '[sshd]\nenabled = true\nport = 2222\n' } },
    { files: { [S]: 'Port 22\n', [J]: '[sshd]\nenabled = true\n' } },
    { files: { [S]: 'Port 2222\nPort 22\n', [J]: '[sshd]\nenabled = true\nport = ssh,2222\n' } },
    // All-ports actions ban every port.
    { files: { [S]: 'Port 2222\n', [J]: '[sshd]\nenabled = true\nbanaction = iptables-allports\n' } },
    { files: { [S]: 'Port 2222\n', [J]: '[sshd]\nenabled = true\naction = nftables[type=allports]\n' } },
    { files: { [S]: 'Port 2222\n', [J]: '[sshd]\nenabled = true\nport = 1024:65535\n' } },
  ],
  invalid: [
    {
      files: { [S]: 'Port 2222\n', [J]: '[sshd]\nenabled = true\nport = ssh\n' },
      findings: [{ messageId: 'mismatch', line: 3, column: 8, endColumn: 11, file: J, messageIncludes: 'listens on 2222' }],
    },
    {
      name: 'a ListenAddress with its own port',
      files: { [S]: 'Port 22\nListenAddress 0.0.0.0:2200\n', [J]: '[sshd]\nenabled = true\nport = ssh\n' },
      findings: [{ messageId: 'mismatch', line: 3, column: 8, endColumn: 11, file: J, messageIncludes: 'listens on 2200' }],
    },
    {
      name: 'the stock port = ssh from jail.conf',
      files: { [S]: 'Port 2200\n', [J]: '[sshd]\nenabled = true\n' },
      findings: [{ messageId: 'mismatch', line: 1, column: 1, endColumn: 7, file: J }],
    },
  ],
});
