import { z } from 'zod';
import { defineRule } from '../../src/engine/define-rule.js';
import { checkValue } from './lib/value-check.js';

/** sshd's levels from least to most verbose; DEBUG is DEBUG1. */
const LEVELS = ['quiet', 'fatal', 'error', 'info', 'verbose', 'debug', 'debug1', 'debug2', 'debug3'] as const;

/** `sshd -T` prints QUIET as SILENT (checked with Debian 12's sshd). */
const PRINTED_AS: Readonly<Record<string, string>> = { silent: 'quiet' };

export default defineRule({
  id: 'sshd/log-level',
  meta: {
    description: 'The log level is too low, or logs debug output',
    severity: 'warning',
    tags: ['security', 'cis', 'stig', 'devsec'],
    status: 'stable',
    presets: ['recommended', 'strict', 'cis', 'stig', 'devsec'],
    references: [
      { title: 'sshd_config(5): LogLevel', url: 'https://man.openbsd.org/sshd_config#LogLevel' },
      { title: 'ComplianceAsCode sshd_set_loglevel_verbose / sshd_set_loglevel_info', url: 'https://github.com/ComplianceAsCode/content' },
      { title: 'DevSec SSH Baseline sshd-13', url: 'https://github.com/dev-sec/ssh-baseline' },
    ],
    anchors: {
      cis: ['Ubuntu 24.04 5.1.14', 'Debian 13 5.1.15', 'RHEL 9 5.1.15'],
      stig: ['RHEL-09-255030'],
      devsec: ['sshd-13'],
      lynis: ['SSH-7408'],
    },
    precision: 'very-high',
    securitySeverity: 3.9,
  },
  options: z.object({
    /** Least verbose acceptable level. CIS Ubuntu/Debian: INFO; CIS RHEL 9, STIG and DevSec: VERBOSE (logs key fingerprints). */
    minimum: z.enum(['INFO', 'VERBOSE']).default('INFO'),
  }),
  messages: {
    tooQuiet:
      'sshd logs only at {{value}} {{where}} (policy: at least {{minimum}}): failed logins and the keys used are missing from the logs that fail2ban and incident response rely on',
    debug:
      'sshd logs at {{value}} {{where}}: debug logging writes private session details to the logs and is meant only for troubleshooting',
  },
  check(ctx) {
    const minimum = ctx.options.minimum;
    const rank = (level: string): number => LEVELS.indexOf((PRINTED_AS[level] ?? level) as (typeof LEVELS)[number]);
    checkValue(ctx, {
      keyword: 'loglevel',
      display: 'LogLevel',
      judge: (value) => {
        const r = rank(value);
        if (r < 0) return undefined;
        if (r >= rank('debug')) return 'debug';
        return r < rank(minimum.toLowerCase()) ? 'tooQuiet' : undefined;
      },
      fixValue: minimum,
      // Name the level as written: sshd -T would say SILENT for QUIET.
      data: (value, item) => ({ minimum, value: item.source?.args[0]?.value ?? value }),
    });
  },
});
