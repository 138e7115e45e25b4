import { z } from 'zod';
import { defineRule } from '../../src/engine/define-rule.js';
import { checkValue } from './lib/value-check.js';
import { seconds } from './lib/settings.js';

export default defineRule({
  id: 'sshd/client-alive-interval',
  meta: {
    description: 'Idle or dead sessions are not timed out',
    severity: 'warning',
    tags: ['security', 'cis', 'stig', 'devsec'],
    status: 'stable',
    presets: ['strict', 'cis', 'stig', 'devsec'],
    references: [
      { title: 'sshd_config(5): ClientAliveInterval', url: 'https://man.openbsd.org/sshd_config#ClientAliveInterval' },
      { title: 'ComplianceAsCode sshd_set_idle_timeout', url: 'https://github.com/ComplianceAsCode/content' },
      { title: 'DevSec SSH Baseline sshd-36', url: 'https://github.com/dev-sec/ssh-baseline' },
    ],
    anchors: {
      cis: ['Ubuntu 24.04 5.1.7', 'RHEL 9 5.1.9'],
      stig: ['RHEL-09-255100', 'UBTU-24-600010'],
      devsec: ['sshd-36'],
      lynis: ['SSH-7408'],
    },
    precision: 'very-high',
    securitySeverity: 4.3,
  },
  options: z.object({
    /** Longest acceptable interval in seconds. CIS and DevSec: 300; STIG: 600. */
    max: z.number().int().min(1).default(300),
  }),
  messages: {
    disabled:
      'Client liveness checks are off {{where}} (ClientAliveInterval 0): sessions whose client vanished stay open until TCP gives up, which can take hours',
    tooLong:
      'Clients are probed only every {{value}} seconds {{where}} (policy: at most {{max}}): dead or abandoned sessions stay open longer than the policy allows',
  },
  check(ctx) {
    const max = ctx.options.max;
    checkValue(ctx, {
      keyword: 'clientaliveinterval',
      display: 'ClientAliveInterval',
      judge: (value) => {
        const n = seconds(value);
        if (n === undefined) return undefined;
        if (n === 0) return 'disabled';
        return n > max ? 'tooLong' : undefined;
      },
      fixValue: String(max),
      data: () => ({ max }),
    });
  },
});
