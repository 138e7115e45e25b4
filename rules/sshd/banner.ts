import { z } from 'zod';
import { defineRule } from '../../src/engine/define-rule.js';
import { checkValue } from './lib/value-check.js';

export default defineRule({
  id: 'sshd/banner',
  meta: {
    description: 'The pre-login banner does not follow the chosen policy',
    severity: 'note',
    tags: ['cis', 'stig', 'devsec'],
    status: 'stable',
    presets: ['strict', 'cis', 'stig', 'devsec'],
    references: [
      { title: 'sshd_config(5): Banner', url: 'https://man.openbsd.org/sshd_config#Banner' },
      { title: 'ComplianceAsCode sshd_enable_warning_banner_net', url: 'https://github.com/ComplianceAsCode/content' },
      { title: 'DevSec SSH Baseline sshd-46', url: 'https://github.com/dev-sec/ssh-baseline' },
    ],
    anchors: {
      cis: ['Ubuntu 24.04 5.1.5', 'RHEL 9 5.1.8'],
      stig: ['RHEL-09-255025', 'UBTU-24-200640'],
      devsec: ['sshd-46'],
    },
    precision: 'very-high',
  },
  options: z.object({
    /** CIS and STIG want a warning banner file; DevSec wants `none`. */
    expected: z.enum(['file', 'none']).default('file'),
    /** When set, the banner must be exactly this file (STIG RHEL: /etc/issue; CIS and STIG Ubuntu: /etc/issue.net). */
    path: z.string().optional(),
  }),
  messages: {
    noBanner:
      'No warning banner is shown before login {{where}} (Banner none): the legal notice that CIS and STIG require is missing',
    wrongBanner: 'The banner is {{value}} {{where}}, but the selected policy wants {{path}}',
    bannerShown:
      'A pre-login banner is sent {{where}} (Banner {{value}}), which the selected policy forbids: it is shown to anyone who connects, before authentication',
  },
  check(ctx) {
    const { expected, path } = ctx.options;
    checkValue(ctx, {
      keyword: 'banner',
      display: 'Banner',
      judge: (value) => {
        if (expected === 'none') return value === 'none' ? undefined : 'bannerShown';
        if (value === 'none') return 'noBanner';
        return path !== undefined && value !== path.toLowerCase() ? 'wrongBanner' : undefined;
      },
      fixValue: expected === 'none' ? 'none' : (path ?? '/etc/issue.net'),
      data: () => ({ path: path ?? '' }),
    });
  },
});
