import { z } from 'zod';
import { defineRule } from '../../src/engine/define-rule.js';
import { checkValue } from './lib/value-check.js';

/** `sshd -T` always prints start:rate:full. */
function parseStartups(value: string): { start: number; rate: number; full: number } | undefined {
  const parts = value.split(':').map(Number);
  const [start, rate, full] = parts;
  if (parts.length !== 3 || start === undefined || rate === undefined || full === undefined) return undefined;
  if (parts.some((n) => !Number.isInteger(n))) return undefined;
  return { start, rate, full };
}

export default defineRule({
  id: 'sshd/max-startups',
  meta: {
    description: 'Unauthenticated connections are not throttled early enough',
    severity: 'warning',
    tags: ['security', 'cis', 'devsec'],
    status: 'stable',
    presets: ['strict', 'cis', 'devsec'],
    references: [
      { title: 'sshd_config(5): MaxStartups', url: 'https://man.openbsd.org/sshd_config#MaxStartups' },
      { title: 'ComplianceAsCode sshd_set_maxstartups', url: 'https://github.com/ComplianceAsCode/content' },
      { title: 'DevSec SSH Baseline sshd-21', url: 'https://github.com/dev-sec/ssh-baseline' },
    ],
    anchors: { cis: ['Ubuntu 24.04 5.1.18', 'RHEL 9 5.1.17'], devsec: ['sshd-21'] },
    precision: 'very-high',
    securitySeverity: 4.3,
  },
  options: z.object({
    /** Highest acceptable `start` (connections before random drops begin). CIS: 10. */
    maxStart: z.number().int().min(1).default(10),
    /** Lowest acceptable `rate` (percent dropped at `start`). CIS: 30. */
    minRate: z.number().int().min(0).max(100).default(30),
    /** Highest acceptable `full` (hard cap on unauthenticated connections). CIS: 60. */
    maxFull: z.number().int().min(1).default(60),
  }),
  messages: {
    lenient:
      'Unauthenticated connections are throttled only at {{value}} {{where}} (policy: at most {{policy}}): a flood of half-open logins ties up more of sshd before it sheds load',
  },
  check(ctx) {
    const { maxStart, minRate, maxFull } = ctx.options;
    const policy = `${maxStart}:${minRate}:${maxFull}`;
    checkValue(ctx, {
      keyword: 'maxstartups',
      display: 'MaxStartups',
      judge: (value) => {
        const s = parseStartups(value);
        if (s === undefined) return undefined;
        return s.start > maxStart || s.rate < minRate || s.full > maxFull ? 'lenient' : undefined;
      },
      fixValue: policy,
      data: () => ({ policy }),
    });
  },
});
