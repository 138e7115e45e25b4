import rule from '../../../rules/sshd/banner.js';
import { testRule } from '../../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    'Banner /etc/issue.net\n',
    { name: 'DevSec policy', code: 'Banner none\n', options: { expected: 'none' } },
    { name: 'required path', code: 'Banner /etc/issue\n', options: { path: '/etc/issue' } },
  ],
  invalid: [
    { name: 'default none', code: 'LogLevel INFO\n', findings: [{ messageId: 'noBanner', line: 1, column: 1, endColumn: 1 }] },
    { code: 'Banner none\n', findings: [{ messageId: 'noBanner', line: 1, column: 1, endColumn: 12 }] },
    { name: 'wrong file for the policy', code: 'Banner /etc/issue\n', options: { path: '/etc/issue.net' }, findings: [{ messageId: 'wrongBanner', line: 1, column: 1, endColumn: 18 }] },
    { name: 'DevSec policy', code: 'Banner /etc/issue.net\n', options: { expected: 'none' }, findings: [{ messageId: 'bannerShown', line: 1, column: 1 }] },
    {
      name: 'Match block removes the banner',
      code: 'Banner /etc/issue.net\nMatch Address 10.0.0.0/8\n    Banner none\n',
      findings: [{ messageId: 'noBanner', line: 3, column: 5, messageIncludes: 'for connections from 10.0.0.0/8' }],
    },
  ],
});
