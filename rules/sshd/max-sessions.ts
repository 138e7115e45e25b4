import { z } from 'zod';
import { defineRule } from '../../src/engine/define-rule.js';
import { checkValue } from './lib/value-check.js';

export default defineRule({
  id: 'sshd/max-sessions',
  meta: {
    description: 'One connection may open too many sessions',
    severity: 'note',
    tags: ['security', 'cis', 'devsec'],
    status: 'stable',
    presets: ['strict', 'cis', 'devsec'],
    references: [
      { title: 'sshd_config(5): MaxSessions', url: 'https://man.openbsd.org/sshd_config#MaxSessions' },
      { title: 'ComplianceAsCode sshd_set_max_sessions', url: 'https://github.com/ComplianceAsCode/content' },
      { title: 'DevSec SSH Baseline sshd-20', url: 'https://github.com/dev-sec/ssh-baseline' },
    ],
    anchors: { cis: ['Ubuntu 24.04 5.1.17', 'RHEL 9 5.1.18'], devsec: ['sshd-20'], lynis: ['SSH-7408'] },
    precision: 'very-high',
    securitySeverity: 2.7,
  },
  options: z.object({
    /** Highest acceptable MaxSessions. CIS and DevSec: 10; Lynis rates 2 or less as good. */
    max: z.number().int().min(0).default(10),
  }),
  messages: {
    tooMany:
      'One connection may multiplex {{value}} sessions {{where}} (MaxSessions {{value}}, policy allows at most {{max}}): a single authenticated connection can hold many shells open',
  },
  check(ctx) {
    const max = ctx.options.max;
    checkValue(ctx, {
      keyword: 'maxsessions',
      display: 'MaxSessions',
      judge: (value) => (Number(value) > max ? 'tooMany' : undefined),
      fixValue: String(max),
      data: () => ({ max }),
    });
  },
});
