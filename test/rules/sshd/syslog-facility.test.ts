import rule from '../../../rules/sshd/syslog-facility.js';
import { testRule } from '../../helpers/rule-tester.js';

testRule(rule, {
  valid: ['# default AUTH\n', 'SyslogFacility AUTHPRIV\n', 'SyslogFacility auth\n'],
  invalid: [
    { code: 'SyslogFacility LOCAL0\n', findings: [{ messageId: 'facility', line: 1, column: 1, endColumn: 22, messageIncludes: 'LOCAL0' }] },
    { name: 'first value wins', code: 'SyslogFacility DAEMON\nSyslogFacility AUTH\n', findings: [{ messageId: 'facility', line: 1, column: 1 }] },
  ],
});
