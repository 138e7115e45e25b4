import rule from '../../../rules/sshd/hostbased-accepted-algorithms.js';
import { testRule } from '../../helpers/rule-tester.js';

// Semantics (defaults, first value wins, Match, Include order) checked against Debian 12's sshd -T / sshd -t (OpenSSH 9.2p1).
testRule(rule, {
  valid: ['Port 22\n', 'HostbasedAcceptedAlgorithms ssh-ed25519,rsa-sha2-512\n'],
  invalid: [
    {
      name: 'ssh-rsa appended',
      code: 'HostbasedAcceptedAlgorithms +ssh-rsa\n',
      findings: [{ messageId: 'weakAlgorithms', line: 1, column: 1, endLine: 1, endColumn: 37 }],
    },
    {
      name: 'old alias',
      code: 'HostBasedAcceptedKeyTypes ssh-rsa,ssh-ed25519\n',
      findings: [{ messageId: 'weakAlgorithms', line: 1, column: 1, endLine: 1, endColumn: 46 }],
    },
  ],
});
