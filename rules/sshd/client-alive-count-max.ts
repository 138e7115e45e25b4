import { z } from 'zod';
import { defineRule } from '../../src/engine/define-rule.js';
import { checkValue } from './lib/value-check.js';

export default defineRule({
  id: 'sshd/client-alive-count-max',
  meta: {
    description: 'Unresponsive clients are kept for too many liveness probes',
    severity: 'warning',
    tags: ['security', 'cis', 'stig', 'devsec'],
    status: 'stable',
    presets: ['strict', 'cis', 'stig', 'devsec'],
    references: [
      { title: 'sshd_config(5): ClientAliveCountMax', url: 'https://man.openbsd.org/sshd_config#ClientAliveCountMax' },
      { title: 'ComplianceAsCode sshd_set_keepalive', url: 'https://github.com/ComplianceAsCode/content' },
      { title: 'DevSec SSH Baseline sshd-37', url: 'https://github.com/dev-sec/ssh-baseline' },
    ],
    anchors: { cis: ['RHEL 9 5.1.9'], stig: ['RHEL-09-255095'], devsec: ['sshd-37'], lynis: ['SSH-7408'] },
    precision: 'very-high',
    securitySeverity: 3.1,
  },
  options: z.object({
    /** Highest acceptable count. CIS Ubuntu/Debian and DevSec: 3; CIS RHEL 9 and STIG: 1. */
    max: z.number().int().min(1).default(3),
  }),
  messages: {
    neverTerminates:
      'ClientAliveCountMax 0 {{where}} never drops an unresponsive client: idle sessions stay open no matter what ClientAliveInterval says',
    tooHigh:
      'An unresponsive client is kept for {{value}} missed probes {{where}} (policy: at most {{max}}): abandoned sessions stay open longer than the policy allows',
  },
  check(ctx) {
    const max = ctx.options.max;
    checkValue(ctx, {
      keyword: 'clientalivecountmax',
      display: 'ClientAliveCountMax',
      judge: (value) => {
        const n = Number(value);
        if (!Number.isInteger(n)) return undefined;
        if (n === 0) return 'neverTerminates';
        return n > max ? 'tooHigh' : undefined;
      },
      fixValue: String(max),
      data: () => ({ max }),
    });
  },
});
