import rule from '../../../rules/firewall/ssh-blocked.js';
import { testRule } from '../../helpers/rule-tester.js';
import { filter, GOOD_V4, GOOD_V6, SSHD, V4, V6 } from './common.js';

testRule(rule, {
  valid: [
    { files: { [V4]: GOOD_V4, [V6]: GOOD_V6 } },
    { name: 'only the packets after the SYN are dropped: reload-cuts-sessions', files: { [V4]: filter('DROP', '-p tcp --dport 22 -m conntrack --ctstate NEW -j ACCEPT') } },
    { files: { [V4]: filter('DROP', '-m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT', '-p tcp --dport 2222 -j ACCEPT'), [SSHD]: 'Port 2222\n' } },
    // Accepted for some sources only: that is a condition, not a lockout.
    { files: { [V4]: filter('DROP', '-p tcp -m multiport --dports 22,80 -s 192.168.0.0/16 -j ACCEPT') } },
    // An ipset decides: depends, never a guessed lockout.
    { files: { [V4]: filter('DROP', '-p tcp --dport 22 -m set ! --match-set blocked src -j ACCEPT') } },
  ],
  invalid: [
    {
      name: 'policy DROP and nothing accepts 22',
      files: { [V4]: filter('DROP', '-m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT', '-p tcp --dport 80 -j ACCEPT') },
      findings: [{ messageId: 'blocked', line: 2, column: 1, endColumn: 18, file: V4, messageIncludes: 'Connection timed out' }],
    },
    {
      name: 'sshd moved to 2222, firewall still opens 22',
      files: { [V4]: filter('DROP', '-m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT', '-p tcp --dport 22 -j ACCEPT'), [SSHD]: 'Port 2222\n' },
      findings: [{ messageId: 'blocked', line: 2, column: 1, file: V4, messageIncludes: 'port 2222' }],
    },
    {
      name: 'a REJECT decides: Connection refused',
      files: { [V4]: filter('ACCEPT', '-p tcp --dport 22 -j REJECT --reject-with tcp-reset') },
      findings: [{ messageId: 'blocked', line: 5, column: 1, endColumn: 61, file: V4, messageIncludes: 'Connection refused' }],
    },
    {
      name: 'IPv6 blocked while IPv4 is fine',
      files: { [V4]: GOOD_V4, [V6]: filter('DROP', '-p ipv6-icmp -j ACCEPT') },
      findings: [{ messageId: 'blocked', line: 2, column: 1, file: V6, messageIncludes: 'IPv6' }],
    },
  ],
});
