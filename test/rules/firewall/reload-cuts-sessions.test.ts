import rule from '../../../rules/firewall/reload-cuts-sessions.js';
import { testRule } from '../../helpers/rule-tester.js';
import { filter, GOOD_V4, V4 } from './common.js';

testRule(rule, {
  valid: [
    { files: { [V4]: GOOD_V4 } },
    { name: 'a plain port accept also takes the session packets', files: { [V4]: filter('DROP', '-p tcp --dport 22 -j ACCEPT') } },
  ],
  invalid: [
    {
      files: { [V4]: filter('DROP', '-p tcp --dport 22 -m conntrack --ctstate NEW -j ACCEPT', '-m conntrack --ctstate NEW -j ACCEPT') },
      findings: [{ messageId: 'cut', line: 2, column: 1, endColumn: 18, file: V4 }],
    },
    {
      name: 'an INVALID/ESTABLISHED mix-up',
      files: { [V4]: filter('ACCEPT', '-m conntrack --ctstate NEW -j ACCEPT', '-j DROP') },
      findings: [{ messageId: 'cut', line: 6, column: 1, file: V4 }],
    },
  ],
});
