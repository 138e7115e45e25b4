import rule from '../../../rules/sshd/unsupported-algorithm-for-version.js';
import { testRule } from '../../helpers/rule-tester.js';

// sshd 9.2 -t: "Bad SSH2 KexAlgorithms 'mlkem768x25519-sha256,curve25519-sha256'", exit 255; '-' lists are not validated.
testRule(rule, {
  valid: ['KexAlgorithms sntrup761x25519-sha512@openssh.com,curve25519-sha256\n', 'KexAlgorithms -mlkem768x25519-sha256\n'],
  invalid: [
    {
      name: 'ML-KEM on OpenSSH 9.2',
      code: 'KexAlgorithms mlkem768x25519-sha256,curve25519-sha256\n',
      findings: [{ messageId: 'unsupportedAlgorithm', line: 1, column: 15, endLine: 1, endColumn: 54 }],
    },
  ],
});
