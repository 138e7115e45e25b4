import useDns from '../../../rules/sshd/use-dns.js';
import { testRule } from '../../helpers/rule-tester.js';

testRule(useDns, {
  valid: [
    'UseDNS no\n',
    '# nothing set: the default is safe\n',
    { name: 'first value wins', code: 'UseDNS no\nUseDNS yes\n' },
  ],
  invalid: [
    { code: 'UseDNS yes\n', findings: [{ messageId: 'useDns', line: 1, column: 1, endLine: 1, endColumn: 11 }] },
    { name: 'first value wins', code: 'UseDNS yes\nUseDNS no\n', findings: [{ messageId: 'useDns', line: 1, column: 1 }] },
    { name: 'drop-in wins over the main file', files: { 'etc/ssh/sshd_config': 'Include /etc/ssh/sshd_config.d/*.conf\nUseDNS no\n', 'etc/ssh/sshd_config.d/50-cloud-init.conf': 'UseDNS yes\n' }, findings: [{ messageId: 'useDns', file: 'etc/ssh/sshd_config.d/50-cloud-init.conf', line: 1, column: 1 }] },
  ],
});
