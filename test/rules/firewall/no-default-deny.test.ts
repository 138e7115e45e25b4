import rule from '../../../rules/firewall/no-default-deny.js';
import { testRule } from '../../helpers/rule-tester.js';
import { filter, GOOD_V4, V4 } from './common.js';

testRule(rule, {
  valid: [
    { files: { [V4]: GOOD_V4 } },
    { name: 'ACCEPT policy with a final drop', files: { [V4]: filter('ACCEPT', '-p tcp --dport 22 -j ACCEPT', '-j DROP') } },
    { name: 'ACCEPT policy with a final reject', files: { [V4]: filter('ACCEPT', '-m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT', '-j REJECT --reject-with icmp-host-prohibited') } },
  ],
  invalid: [
    { files: { [V4]: filter('ACCEPT', '-p tcp --dport 22 -j ACCEPT') }, findings: [{ messageId: 'open', line: 2, column: 1, endColumn: 20, file: V4 }] },
    {
      name: 'the final drop covers only some sources',
      files: { [V4]: filter('ACCEPT', '-s 198.51.100.0/24 -j DROP') },
      findings: [{ messageId: 'open', line: 2, column: 1, file: V4 }],
    },
  ],
});
