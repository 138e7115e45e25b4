import rule from '../../../rules/sshd/per-source-limits.js';
import { testRule } from '../../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    'PerSourceMaxStartups 1\n',
    { name: 'debian-13 with penalties on by default', target: 'debian-13', code: 'PerSourceMaxStartups 2\n' },
  ],
  invalid: [
    { name: 'default: no per-source cap', code: 'LogLevel INFO\n', findings: [{ messageId: 'noPerSourceMaxStartups', line: 1, column: 1, endColumn: 1 }] },
    { code: 'PerSourceMaxStartups none\n', findings: [{ messageId: 'noPerSourceMaxStartups', line: 1, column: 1, endColumn: 26 }] },
    {
      name: 'penalties switched off on a 10.x target',
      target: 'debian-13',
      code: 'PerSourceMaxStartups 1\nPerSourcePenalties no\n',
      findings: [{ messageId: 'penaltiesOff', line: 2, column: 1, endColumn: 22 }],
    },
  ],
});
