import rule from '../../../rules/sshd/address-family.js';
import { testRule } from '../../helpers/rule-tester.js';

testRule(rule, {
  valid: ['AddressFamily inet\n', { name: 'IPv4 listen addresses only', code: 'ListenAddress 192.0.2.10\n' }],
  invalid: [
    { name: 'default any', code: 'Port 22\n', findings: [{ messageId: 'anyFamily', line: 1, column: 1, endColumn: 1 }] },
    { code: 'AddressFamily any\n', findings: [{ messageId: 'anyFamily', line: 1, column: 1, endColumn: 18 }] },
  ],
});
