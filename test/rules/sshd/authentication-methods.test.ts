import rule from '../../../rules/sshd/authentication-methods.js';
import { testRule } from '../../helpers/rule-tester.js';

// Semantics (defaults, first value wins, Match, Include order) checked against Debian 12's sshd -T / sshd -t (OpenSSH 9.2p1).
testRule(rule, {
  valid: [
    'AuthenticationMethods publickey\n',
    'Port 22\n',
    {
      name: 'the list is satisfiable in its block',
      code: 'Match User deploy\n  PasswordAuthentication yes\n  AuthenticationMethods publickey,password\n',
    },
    {
      name: 'no list can complete: sshd/no-usable-auth-method owns it',
      code: 'Match User deploy\n  PasswordAuthentication no\n  AuthenticationMethods password\n',
    },
    {
      name: 'two factors required',
      code: 'UsePAM yes\nAuthenticationMethods publickey,keyboard-interactive\n',
      options: { requireMultiFactor: true },
    },
  ],
  invalid: [
    {
      name: 'one list of two can never complete (inside Match)',
      code: 'Match User deploy\n  PasswordAuthentication no\n  AuthenticationMethods publickey,password publickey\n',
      findings: [
        {
          messageId: 'unsatisfiable',
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 53,
          messageIncludes: 'publickey,password',
        },
      ],
    },
    {
      name: 'one list of two can never complete (global, sshd still starts)',
      code: 'PasswordAuthentication no\nAuthenticationMethods publickey,password publickey\n',
      findings: [{ messageId: 'unsatisfiable', line: 2, column: 1, endLine: 2, endColumn: 51 }],
    },
    {
      name: 'single factor when MFA is required',
      code: 'AuthenticationMethods publickey\n',
      options: { requireMultiFactor: true },
      findings: [{ messageId: 'singleFactor', line: 1, column: 1, endLine: 1, endColumn: 32 }],
    },
    {
      name: 'any method alone by default when MFA is required',
      code: 'Port 22\n',
      options: { requireMultiFactor: true },
      findings: [
        {
          messageId: 'singleFactor',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 1,
          messageIncludes: 'AuthenticationMethods any',
        },
      ],
    },
  ],
});
