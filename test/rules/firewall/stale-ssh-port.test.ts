import rule from '../../../rules/firewall/stale-ssh-port.js';
import { testRule } from '../../helpers/rule-tester.js';
import { filter, SSHD, V4 } from './common.js';

testRule(rule, {
  valid: [
    { files: { [V4]: filter('DROP', '-p tcp --dport 22 -j ACCEPT'), [SSHD]: 'Port 22\n' } },
    { files: { [V4]: filter('DROP', '-p tcp --dport 2222 -j ACCEPT'), [SSHD]: 'Port 2222\n' } },
    { name: 'no sshd config: nothing to compare with', files: { [V4]: filter('DROP', '-p tcp --dport 22 -j ACCEPT') } },
    { name: 'not an SSH rule', files: { [V4]: filter('DROP', '-p tcp --dport 2222 -j ACCEPT', '-p tcp --dport 80 -j ACCEPT'), [SSHD]: 'Port 2222\n' } },
  ],
  invalid: [
    {
      files: { [V4]: filter('DROP', '-p tcp --dport 22 -j ACCEPT', '-p tcp --dport 2222 -j ACCEPT'), [SSHD]: 'Port 2222\n' },
      findings: [{ messageId: 'stale', line: 5, column: 1, endColumn: 37, file: V4 }],
    },
    {
      name: 'an old port named by its comment',
      files: { [V4]: filter('DROP', '-p tcp --dport 2200 -m comment --comment "ssh" -j ACCEPT', '-p tcp --dport 22 -j ACCEPT'), [SSHD]: 'Port 22\n' },
      findings: [{ messageId: 'stale', line: 5, column: 1, file: V4, messageIncludes: 'port 2200' }],
    },
  ],
});
