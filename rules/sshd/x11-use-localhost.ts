import { defineRule } from '../../src/engine/define-rule.js';
import { checkValue } from './lib/value-check.js';

export default defineRule({
  id: 'sshd/x11-use-localhost',
  meta: {
    description: 'The forwarded X11 display listens on every address',
    severity: 'note',
    tags: ['security', 'stig', 'devsec'],
    status: 'stable',
    presets: ['strict', 'stig', 'devsec'],
    references: [
      { title: 'sshd_config(5): X11UseLocalhost', url: 'https://man.openbsd.org/sshd_config#X11UseLocalhost' },
      { title: 'ComplianceAsCode sshd_x11_use_localhost', url: 'https://github.com/ComplianceAsCode/content' },
      { title: 'DevSec SSH Baseline sshd-43', url: 'https://github.com/dev-sec/ssh-baseline' },
    ],
    anchors: { stig: ['RHEL-09-255175', 'UBTU-24-300023'], devsec: ['sshd-43'] },
    precision: 'very-high',
    securitySeverity: 4.3,
  },
  messages: {
    x11Wildcard:
      'The X11 proxy display binds to the wildcard address {{where}} (X11UseLocalhost {{value}}): other machines on the network can connect to forwarded X sessions',
  },
  check(ctx) {
    checkValue(ctx, {
      keyword: 'x11uselocalhost',
      display: 'X11UseLocalhost',
      judge: (value) => (value === 'no' ? 'x11Wildcard' : undefined),
      fixValue: 'yes',
    });
  },
});
