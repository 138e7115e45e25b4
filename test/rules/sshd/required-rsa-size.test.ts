import rule from '../../../rules/sshd/required-rsa-size.js';
import { testRule } from '../../helpers/rule-tester.js';

// Semantics (defaults, first value wins, Match, Include order) checked against Debian 12's sshd -T / sshd -t (OpenSSH 9.2p1).
testRule(rule, {
  valid: [
    'RequiredRSASize 3072\n',
    'RequiredRSASize 4096\n',
    { name: 'OpenSSH 8.9 has no RequiredRSASize', code: 'Port 22\n', target: 'ubuntu-22.04' },
  ],
  invalid: [
    {
      name: 'compiled-in default 1024',
      code: 'Port 22\n',
      findings: [{ messageId: 'smallRsa', line: 1, column: 1, endLine: 1, endColumn: 1, messageIncludes: 'by default' }],
    },
    {
      name: '2048',
      code: 'RequiredRSASize 2048\n',
      findings: [{ messageId: 'smallRsa', line: 1, column: 1, endLine: 1, endColumn: 21 }],
    },
    {
      name: 'inside a Match block',
      code: 'RequiredRSASize 3072\nMatch User legacy\n  RequiredRSASize 2048\n',
      findings: [{ messageId: 'smallRsa', line: 3, column: 3, endLine: 3, endColumn: 23, messageIncludes: 'legacy' }],
    },
  ],
});
