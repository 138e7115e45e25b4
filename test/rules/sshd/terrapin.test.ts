import rule from '../../../rules/sshd/terrapin.js';
import { testRule } from '../../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    'Ciphers aes256-gcm@openssh.com,aes256-ctr\n',
    { name: 'CBC without EtM MACs', code: 'Ciphers aes256-ctr,aes256-cbc\nMACs hmac-sha2-256,hmac-sha2-512\n' },
  ],
  invalid: [
    { name: 'the default cipher list', code: 'LogLevel INFO\n', findings: [{ messageId: 'chacha', line: 1, column: 1, endColumn: 1 }] },
    {
      name: 'CBC with the default EtM MACs',
      code: 'Ciphers aes256-ctr,aes256-cbc\n',
      findings: [{ messageId: 'cbcEtm', line: 1, column: 1, endColumn: 30, messageIncludes: 'aes256-cbc' }],
    },
  ],
});
