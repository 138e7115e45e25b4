import rule from '../../../rules/sshd/no-usable-auth-method.js';
import { testRule } from '../../helpers/rule-tester.js';

// Semantics (defaults, first value wins, Match, Include order) checked against Debian 12's sshd -T / sshd -t (OpenSSH 9.2p1).
testRule(rule, {
  valid: [
    'PasswordAuthentication no\n',
    'PubkeyAuthentication no\nPasswordAuthentication yes\n',
    {
      name: 'PAM keyboard-interactive still works',
      code: 'UsePAM yes\nPubkeyAuthentication no\nPasswordAuthentication no\n',
    },
    {
      name: 'sshd refuses the global list itself: sshd/config-invalid reports it',
      code: 'PasswordAuthentication no\nAuthenticationMethods password\n',
    },
  ],
  invalid: [
    {
      name: 'every method off',
      code: 'PubkeyAuthentication no\nPasswordAuthentication no\n',
      findings: [{ messageId: 'noMethod', line: 1, column: 1, endLine: 1, endColumn: 24 }],
    },
    {
      name: 'inside a Match block',
      code: 'PasswordAuthentication no\nMatch User alice\n  PubkeyAuthentication no\n',
      findings: [{ messageId: 'noMethod', line: 3, column: 3, endLine: 3, endColumn: 26, messageIncludes: 'alice' }],
    },
    {
      name: 'the only list needs a disabled method',
      code: 'Match User deploy\n  PasswordAuthentication no\n  AuthenticationMethods password\n',
      findings: [{ messageId: 'noMethodList', line: 3, column: 3, endLine: 3, endColumn: 33 }],
    },
  ],
});
