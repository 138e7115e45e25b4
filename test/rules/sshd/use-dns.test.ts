import useDns from '../../../rules/sshd/use-dns.js';
import { testRule } from '../../helpers/rule-tester.js';

testRule(useDns, {
  valid: [
    { name: 'Match Host on addresses', code: 'Match Host 10.0.0.*,2001:db8::*\n    X11Forwarding no\n' },
    { name: 'Match Address is not affected', code: 'Match Address 10.0.0.0/8\n    X11Forwarding no\n' },
    'UseDNS no\n',
    '# nothing set: the default is safe\n',
    { name: 'first value wins', code: 'UseDNS no\nUseDNS yes\n' },
  ],
  invalid: [
    {
      // OpenSSH 9.2 servconf.c get_connection_info: the Match host is auth_get_canonical_hostname(), the IP when UseDNS is no.
      name: 'Match Host with a name while UseDNS is no',
      code: 'PasswordAuthentication no\nMatch Host *.corp.example.com,10.0.0.*\n    PasswordAuthentication yes\n',
      findings: [{ messageId: 'hostPatternNeverMatches', line: 2, column: 12, endColumn: 39, messageIncludes: 'Match Host *.corp.example.com is compared' }],
    },
    { code: 'UseDNS yes\n', findings: [{ messageId: 'useDns', line: 1, column: 1, endLine: 1, endColumn: 11 }] },
    { name: 'first value wins', code: 'UseDNS yes\nUseDNS no\n', findings: [{ messageId: 'useDns', line: 1, column: 1 }] },
    { name: 'drop-in wins over the main file', files: { 'etc/ssh/sshd_config': 'Include /etc/ssh/sshd_config.d/*.conf\nUseDNS no\n', 'etc/ssh/sshd_config.d/50-cloud-init.conf': 'UseDNS yes\n' }, findings: [{ messageId: 'useDns', file: 'etc/ssh/sshd_config.d/50-cloud-init.conf', line: 1, column: 1 }] },
  ],
});
