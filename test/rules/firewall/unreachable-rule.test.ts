import rule from '../../../rules/firewall/unreachable-rule.js';
import { testRule } from '../../helpers/rule-tester.js';
import { filter, GOOD_V4, V4 } from './common.js';

testRule(rule, {
  valid: [
    { files: { [V4]: GOOD_V4 } },
    { name: 'narrower rule first', files: { [V4]: filter('DROP', '-p tcp --dport 22 -s 10.0.0.0/8 -j ACCEPT', '-p tcp --dport 22 -j DROP') } },
    { name: 'a LOG does not end the chain', files: { [V4]: filter('DROP', '-p tcp --dport 22 -j LOG', '-p tcp --dport 22 -j ACCEPT') } },
    { name: 'a rate limit does not always match', files: { [V4]: filter('DROP', '-p tcp --dport 22 -m limit --limit 3/min -j ACCEPT', '-p tcp --dport 22 -j DROP') } },
  ],
  invalid: [
    {
      files: { [V4]: filter('DROP', '-p tcp --dport 22 -j DROP', '-p tcp --dport 22 -s 10.0.0.0/8 -j ACCEPT') },
      findings: [{ messageId: 'shadowed', line: 6, column: 1, endColumn: 51, file: V4, messageIncludes: 'line 5' }],
    },
    {
      name: 'multiport range covers a later port',
      files: { [V4]: filter('DROP', '-p tcp -m multiport --dports 20:30,80 -j REJECT', '-p tcp --dport 22 -m conntrack --ctstate NEW -j ACCEPT') },
      findings: [{ messageId: 'shadowed', line: 6, column: 1, file: V4 }],
    },
  ],
});
