import { z } from 'zod';
import { defineRule } from '../../src/engine/define-rule.js';
import { checkValue } from './lib/value-check.js';

export default defineRule({
  id: 'sshd/print-last-log',
  meta: {
    description: 'The last-login line does not follow the chosen policy',
    severity: 'note',
    tags: ['stig', 'devsec'],
    status: 'stable',
    presets: ['strict', 'stig', 'devsec'],
    references: [
      { title: 'sshd_config(5): PrintLastLog', url: 'https://man.openbsd.org/sshd_config#PrintLastLog' },
      { title: 'ComplianceAsCode sshd_print_last_log', url: 'https://github.com/ComplianceAsCode/content' },
      { title: 'DevSec SSH Baseline sshd-45', url: 'https://github.com/dev-sec/ssh-baseline' },
    ],
    anchors: { stig: ['RHEL-09-255165'], devsec: ['sshd-45'], lynis: ['SSH-7408'] },
    precision: 'very-high',
  },
  options: z.object({
    /** STIG and Lynis want `yes` (users spot logins they did not make); DevSec wants `no`. */
    expected: z.enum(['yes', 'no']).default('yes'),
  }),
  messages: {
    lastLogHidden:
      'The date and origin of the previous login are not shown {{where}} (PrintLastLog {{value}}): users cannot notice a login they did not make',
    lastLogShown:
      'The previous login is printed {{where}} (PrintLastLog {{value}}), which the selected policy forbids: it tells whoever logs in when and from where the account was last used',
  },
  check(ctx) {
    const expected = ctx.options.expected;
    checkValue(ctx, {
      keyword: 'printlastlog',
      display: 'PrintLastLog',
      judge: (value) => {
        if (value === expected) return undefined;
        return expected === 'yes' ? 'lastLogHidden' : 'lastLogShown';
      },
      fixValue: expected,
    });
  },
});
