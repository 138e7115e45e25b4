import rule from '../../../rules/sshd/strong-rng.js';
import { testRule } from '../../helpers/rule-tester.js';

const CONFIG = 'Include /etc/ssh/sshd_config.d/*.conf\n';

testRule(rule, {
  valid: [
    { target: 'rhel-9', files: { 'etc/ssh/sshd_config': CONFIG, 'etc/sysconfig/sshd': '# Configuration\nSSH_USE_STRONG_RNG=32\n' } },
    { name: 'no sysconfig file in the repo', target: 'rhel-9', code: CONFIG },
  ],
  invalid: [
    {
      target: 'rhel-9',
      files: { 'etc/ssh/sshd_config': CONFIG, 'etc/sysconfig/sshd': '# Configuration\n# SSH_USE_STRONG_RNG=0\n' },
      findings: [{ messageId: 'missing', file: 'etc/sysconfig/sshd', line: 1, column: 1, endColumn: 16 }],
    },
    {
      target: 'rhel-9',
      files: { 'etc/ssh/sshd_config': CONFIG, 'etc/sysconfig/sshd': 'OPTIONS=""\nSSH_USE_STRONG_RNG=16\n' },
      findings: [{ messageId: 'tooSmall', file: 'etc/sysconfig/sshd', line: 2, column: 1, endColumn: 22 }],
    },
  ],
});
