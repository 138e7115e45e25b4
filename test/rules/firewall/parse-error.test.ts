import rule from '../../../rules/firewall/parse-error.js';
import { testRule } from '../../helpers/rule-tester.js';
import { filter, GOOD_V4, V4 } from './common.js';

testRule(rule, {
  valid: [
    { files: { [V4]: GOOD_V4 } },
    { name: 'hand-written restore input', files: { [V4]: '*filter\n:INPUT DROP [0:0]\n-A INPUT -p tcp --dport ssh -m state --state NEW -j ACCEPT\n-I INPUT 1 -i lo -j ACCEPT\nCOMMIT\n' } },
  ],
  invalid: [
    { name: 'missing COMMIT', files: { [V4]: '*filter\n:INPUT DROP [0:0]\n-A INPUT -j ACCEPT\n' }, findings: [{ messageId: 'refused', line: 1, column: 1, endColumn: 8, file: V4 }] },
    { name: 'port out of range', files: { [V4]: filter('DROP', '-p tcp --dport 99999 -j ACCEPT') }, findings: [{ messageId: 'refused', line: 5, column: 17, endColumn: 30, file: V4 }] },
    { name: 'tcp-reset without -p tcp', files: { [V4]: filter('DROP', '-j REJECT --reject-with tcp-reset') }, findings: [{ messageId: 'refused', line: 5, column: 20, file: V4 }] },
    { name: 'jump to a chain that does not exist', files: { [V4]: filter('DROP', '-j NOSUCHCHAIN') }, findings: [{ messageId: 'refused', line: 5, column: 13, endColumn: 24, file: V4 }] },
  ],
});
