import rule from '../../../rules/sshd/fingerprint-hash.js';
import { testRule } from '../../helpers/rule-tester.js';

testRule(rule, {
  valid: ['# default SHA256\n', 'FingerprintHash sha256\n', { name: 'the last line wins', code: 'FingerprintHash md5\nFingerprintHash sha256\n' }],
  invalid: [
    { code: 'FingerprintHash md5\n', findings: [{ messageId: 'md5', line: 1, column: 1, endColumn: 20 }] },
    { name: 'the last line wins', code: 'FingerprintHash sha256\nFingerprintHash md5\n', findings: [{ messageId: 'md5', line: 2, column: 1, endColumn: 20 }] },
  ],
});
