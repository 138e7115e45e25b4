import rule from '../../../rules/sshd/ca-signature-algorithms.js';
import { testRule } from '../../helpers/rule-tester.js';

// Semantics (defaults, first value wins, Match, Include order) checked against Debian 12's sshd -T / sshd -t (OpenSSH 9.2p1).
testRule(rule, {
  valid: ['Port 22\n', 'CASignatureAlgorithms ssh-ed25519,rsa-sha2-512\n'],
  invalid: [
    {
      name: 'ssh-rsa appended',
      code: 'CASignatureAlgorithms +ssh-rsa\n',
      findings: [{ messageId: 'weakAlgorithms', line: 1, column: 1, endLine: 1, endColumn: 31 }],
    },
    {
      name: 'inside a Match block',
      code: 'Match User ci\n  CASignatureAlgorithms ssh-rsa,ssh-ed25519\n',
      findings: [{ messageId: 'weakAlgorithms', line: 2, column: 3, endLine: 2, endColumn: 44 }],
    },
  ],
});
