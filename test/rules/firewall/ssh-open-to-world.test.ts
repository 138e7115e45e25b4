import rule from '../../../rules/firewall/ssh-open-to-world.js';
import { testRule } from '../../helpers/rule-tester.js';
import { F2B, filter, GOOD_V4, V4 } from './common.js';

const OPEN = filter('DROP', '-m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT', '-p tcp --dport 22 -j ACCEPT');

testRule(rule, {
  valid: [
    { files: { [V4]: GOOD_V4 } },
    { files: { [V4]: OPEN, [F2B]: '[sshd]\nenabled = true\n' } },
    {
      name: 'rate-limited with recent',
      files: {
        [V4]: filter(
          'DROP',
          '-m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT',
          '-p tcp --dport 22 -m conntrack --ctstate NEW -m recent --set --name SSH',
          '-p tcp --dport 22 -m conntrack --ctstate NEW -m recent --update --seconds 60 --hitcount 4 --name SSH -j DROP',
          '-p tcp --dport 22 -j ACCEPT',
        ),
      },
    },
  ],
  invalid: [
    { files: { [V4]: OPEN }, findings: [{ messageId: 'open', line: 6, column: 1, endColumn: 37, file: V4 }] },
    {
      name: 'open through the ACCEPT policy',
      files: { [V4]: filter('ACCEPT', '-p tcp --dport 25 -j DROP') },
      findings: [{ messageId: 'open', line: 2, column: 1, file: V4 }],
    },
  ],
});
