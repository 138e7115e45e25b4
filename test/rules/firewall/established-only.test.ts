import rule from '../../../rules/firewall/established-only.js';
import { testRule } from '../../helpers/rule-tester.js';
import { filter, GOOD_V4, V4 } from './common.js';

testRule(rule, {
  valid: [
    { files: { [V4]: GOOD_V4 } },
    { files: { [V4]: filter('DROP', '-p tcp --dport 22 -m conntrack --ctstate NEW,ESTABLISHED -j ACCEPT') } },
    { name: 'a separate NEW rule', files: { [V4]: filter('DROP', '-p tcp --dport 22 -m state --state ESTABLISHED -j ACCEPT', '-p tcp --dport 22 -m state --state NEW -j ACCEPT') } },
  ],
  invalid: [
    {
      files: { [V4]: filter('DROP', '-p tcp --dport 22 -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT') },
      findings: [{ messageId: 'establishedOnly', line: 5, column: 1, endColumn: 80, file: V4 }],
    },
    {
      name: 'state match',
      files: { [V4]: filter('DROP', '-p tcp -m state --state ESTABLISHED --dport 22 -j ACCEPT') },
      findings: [{ messageId: 'establishedOnly', line: 5, column: 1, file: V4 }],
    },
  ],
});
