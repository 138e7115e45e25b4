import rule from '../../../rules/firewall/ipv6-unfiltered.js';
import { testRule } from '../../helpers/rule-tester.js';
import { filter, GOOD_V4, GOOD_V6, V4, V6 } from './common.js';

testRule(rule, {
  valid: [
    { files: { [V4]: GOOD_V4, [V6]: GOOD_V6 } },
    { name: 'IPv4 not filtered either', files: { [V4]: filter('ACCEPT') } },
  ],
  invalid: [
    { name: 'no rules.v6', files: { [V4]: GOOD_V4 }, findings: [{ messageId: 'missing', line: 2, column: 1, endColumn: 18, file: V4 }] },
    { name: 'rules.v6 accepts everything', files: { [V4]: GOOD_V4, [V6]: filter('ACCEPT') }, findings: [{ messageId: 'open', line: 2, column: 1, file: V6 }] },
  ],
});
