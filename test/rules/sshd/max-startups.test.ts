import rule from '../../../rules/sshd/max-startups.js';
import { testRule } from '../../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'the last line wins on OpenSSH 9.2', code: 'MaxStartups 10:30:100\nMaxStartups 10:30:60\n' },'MaxStartups 10:30:60\n', 'MaxStartups 5:50:30\n', { name: 'custom policy', code: 'MaxStartups 10:30:100\n', options: { maxFull: 100 } }],
  invalid: [
    { name: 'compiled-in default 10:30:100', code: 'LogLevel INFO\n', findings: [{ messageId: 'lenient', line: 1, column: 1, endColumn: 1 }] },
    { code: 'MaxStartups 20:30:60\n', findings: [{ messageId: 'lenient', line: 1, column: 1, endColumn: 21 }] },
    { name: 'low drop rate', code: 'MaxStartups 10:10:60\n', findings: [{ messageId: 'lenient', line: 1, column: 1 }] },
    { name: 'single number means start:30:start', code: 'MaxStartups 100\n', findings: [{ messageId: 'lenient', line: 1, column: 1, messageIncludes: '100:30:100' }] },
    {
      // Debian 12's sshd -T prints the LAST MaxStartups (checked: 10:30:60 then 10:30:100 gives 10:30:100).
      name: 'the last MaxStartups line wins on OpenSSH 9.2',
      code: 'MaxStartups 10:30:60\nMaxStartups 10:30:100\n',
      findings: [{ messageId: 'lenient', line: 2, column: 1, endColumn: 22 }],
    },
  ],
});
