import { defineRule } from '../../src/engine/define-rule.js';
import { checkValue } from './lib/value-check.js';

export default defineRule({
  id: 'sshd/print-motd',
  meta: {
    description: 'The message of the day is printed by sshd at login',
    severity: 'note',
    tags: ['devsec'],
    status: 'stable',
    presets: ['strict', 'devsec'],
    references: [
      { title: 'sshd_config(5): PrintMotd', url: 'https://man.openbsd.org/sshd_config#PrintMotd' },
      { title: 'DevSec SSH Baseline sshd-44', url: 'https://github.com/dev-sec/ssh-baseline' },
    ],
    anchors: { devsec: ['sshd-44'] },
    precision: 'high',
  },
  messages: {
    printMotd:
      'sshd prints the message of the day {{where}} (PrintMotd {{value}}): on PAM systems pam_motd prints it as well, so users see it twice, and it can reveal system details before any prompt',
  },
  check(ctx) {
    checkValue(ctx, {
      keyword: 'printmotd',
      display: 'PrintMotd',
      judge: (value) => (value === 'yes' ? 'printMotd' : undefined),
      fixValue: 'no',
    });
  },
});
