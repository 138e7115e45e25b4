import rule from '../../../rules/sshd/invalid-value.js';
import { testRule } from '../../helpers/rule-tester.js';

// sshd 9.2 -t: 'Invalid MaxStartups spec.' and 'integer value 3#x' errors, exit 255.
testRule(rule, {
  valid: [
    'MaxStartups 10:30:60\n',
    { name: 'unknown keyword is unknown-keyword\'s', code: 'PermitRootLogon no\n' },
    { name: 'bad algorithm is unsupported-algorithm-for-version\'s', code: 'KexAlgorithms mlkem768x25519-sha256\n' },
  ],
  invalid: [
    {
      name: 'MaxStartups with two fields',
      code: 'MaxStartups 10:30\n',
      findings: [{ messageId: 'invalidValue', line: 1, column: 13, endLine: 1, endColumn: 18 }],
    },
    {
      name: 'integer with a glued comment',
      code: 'MaxAuthTries 3#x\n',
      findings: [{ messageId: 'invalidValue', line: 1, column: 14, endLine: 1, endColumn: 17 }],
    },
  ],
});
