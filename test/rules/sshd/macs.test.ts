import rule from '../../../rules/sshd/macs.js';
import { testRule } from '../../helpers/rule-tester.js';

const HARDENED = 'MACs hmac-sha2-512-etm@openssh.com,hmac-sha2-256-etm@openssh.com,umac-128-etm@openssh.com\n';

testRule(rule, {
  valid: [
    HARDENED,
    { name: 'CIS accepts non-EtM SHA-2', code: 'MACs hmac-sha2-512-etm@openssh.com,hmac-sha2-512,hmac-sha2-256\n', options: { allowNonEtm: true } },
    { name: 'removing the weak ones from the default', code: 'MACs -hmac-sha1*,umac-64*,hmac-sha2-256,hmac-sha2-512,umac-128@openssh.com\n' },
  ],
  invalid: [
    {
      code: 'MACs hmac-sha2-512-etm@openssh.com,hmac-sha1,hmac-md5\n',
      findings: [{ messageId: 'weak', line: 1, column: 1, endColumn: 54, messageIncludes: 'hmac-sha1, hmac-md5' }],
    },
    {
      name: 'the compiled-in default',
      code: 'LogLevel INFO\n',
      findings: [
        { messageId: 'nonEtm', line: 1, column: 1, endColumn: 1, messageIncludes: 'umac-128@openssh.com, hmac-sha2-256, hmac-sha2-512' },
        { messageId: 'shortTag', line: 1, column: 1, endColumn: 1, messageIncludes: 'umac-64-etm@openssh.com, umac-64@openssh.com' },
        { messageId: 'weak', line: 1, column: 1, endColumn: 1, messageIncludes: 'hmac-sha1-etm@openssh.com, hmac-sha1' },
      ],
    },
    {
      name: 'STIG: FIPS and non-EtM allowed',
      code: 'MACs hmac-sha2-512,umac-128-etm@openssh.com\n',
      options: { allowNonEtm: true, fips: true },
      findings: [{ messageId: 'notFips', line: 1, column: 1, messageIncludes: 'umac-128-etm@openssh.com' }],
    },
  ],
});
