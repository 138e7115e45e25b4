import rule from '../../../rules/sshd/kex-post-quantum.js';
import { testRule } from '../../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    '# Debian 12 enables sntrup761x25519 by default\n',
    'KexAlgorithms sntrup761x25519-sha512@openssh.com,curve25519-sha256\n',
    { name: 'order does not matter', code: 'KexAlgorithms curve25519-sha256,sntrup761x25519-sha512@openssh.com\n' },
  ],
  invalid: [
    {
      code: 'KexAlgorithms curve25519-sha256,curve25519-sha256@libssh.org\n',
      findings: [{ messageId: 'none', line: 1, column: 1, endColumn: 61 }],
    },
    {
      name: 'removed from the default',
      code: 'KexAlgorithms -sntrup*\n',
      findings: [{ messageId: 'none', line: 1, column: 1, endColumn: 23 }],
    },
    {
      name: 'upstream prefers ML-KEM',
      target: 'upstream',
      code: 'KexAlgorithms curve25519-sha256\n',
      findings: [{ messageId: 'none', line: 1, column: 1, messageIncludes: 'mlkem768x25519-sha256' }],
    },
  ],
});
