import rule from '../../../rules/sshd/pubkey-accepted-algorithms.js';
import { testRule } from '../../helpers/rule-tester.js';

// Semantics (defaults, first value wins, Match, Include order) checked against Debian 12's sshd -T / sshd -t (OpenSSH 9.2p1). Debian 12's default list has no SHA-1 or DSA algorithm.
testRule(rule, {
  valid: [
    'Port 22\n',
    'PubkeyAcceptedAlgorithms ssh-ed25519,rsa-sha2-512\n',
    'PubkeyAcceptedAlgorithms -ssh-rsa\n',
    {
      name: 'NIST curves only with the option',
      code: 'PubkeyAcceptedAlgorithms ssh-ed25519,rsa-sha2-512,rsa-sha2-256\n',
      options: { rejectNistCurves: true },
    },
  ],
  invalid: [
    {
      name: 'ssh-rsa appended',
      code: 'PubkeyAcceptedAlgorithms +ssh-rsa\n',
      findings: [{ messageId: 'weakAlgorithms', line: 1, column: 1, endLine: 1, endColumn: 34, messageIncludes: 'ssh-rsa' }],
    },
    {
      name: 'old alias, two weak names',
      code: 'PubkeyAcceptedKeyTypes +ssh-rsa,ssh-dss\n',
      findings: [
        {
          messageId: 'weakAlgorithms',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 40,
          messageIncludes: 'ssh-rsa,ssh-dss',
        },
      ],
    },
    {
      name: 'inside a Match block',
      code: 'Match User legacy\n  PubkeyAcceptedAlgorithms +ssh-rsa\n',
      findings: [{ messageId: 'weakAlgorithms', line: 2, column: 3, endLine: 2, endColumn: 36, messageIncludes: 'legacy' }],
    },
    {
      name: 'NIST curves in the default list',
      code: 'Port 22\n',
      options: { rejectNistCurves: true },
      findings: [{ messageId: 'weakAlgorithms', line: 1, column: 1, endLine: 1, endColumn: 1, messageIncludes: 'by default' }],
    },
  ],
});
