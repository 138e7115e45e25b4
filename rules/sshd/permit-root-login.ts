import { z } from 'zod';
import { defineRule } from '../../src/engine/define-rule.js';
import { expectSetting } from './lib/expect.js';

const MODES = ['no', 'prohibit-password', 'forced-commands-only', 'yes'] as const;

/** `without-password` is the old spelling of `prohibit-password` (Debian 12's sshd -T still prints it). */
function canonicalMode(value: string): string {
  return value === 'without-password' ? 'prohibit-password' : value;
}

export default defineRule({
  id: 'sshd/permit-root-login',
  meta: {
    description: 'Root can log in over SSH',
    severity: 'error',
    tags: ['security', 'cis', 'stig', 'devsec'],
    status: 'stable',
    presets: ['recommended', 'strict', 'cis', 'stig', 'devsec'],
    references: [
      { title: 'sshd_config(5): PermitRootLogin', url: 'https://man.openbsd.org/sshd_config#PermitRootLogin' },
      { title: 'DevSec SSH Baseline sshd-06', url: 'https://github.com/dev-sec/ssh-baseline' },
      { title: 'ComplianceAsCode sshd_disable_root_login', url: 'https://github.com/ComplianceAsCode/content' },
    ],
    anchors: {
      cis: ['Ubuntu 24.04 5.1.20', 'RHEL 9 5.1.20'],
      stig: ['RHEL-09-255045'],
      devsec: ['sshd-06'],
      lynis: ['SSH-7408'],
    },
    precision: 'very-high',
    securitySeverity: 8.1,
  },
  options: z.object({
    /** Values of PermitRootLogin that pass. CIS and STIG accept only `no`. */
    allowed: z.array(z.enum(MODES)).default(['no', 'prohibit-password', 'forced-commands-only']),
  }),
  messages: {
    rootPassword:
      'Root can log in with a password {{where}} (PermitRootLogin {{value}}): the most attacked account on the internet is open to password guessing',
    rootAllowed: 'Root can log in {{where}} (PermitRootLogin {{value}}), which the selected policy forbids: log in as a named user and escalate instead',
  },
  check(ctx) {
    const allowed = new Set<string>(ctx.options.allowed);
    const strictest = allowed.has('no') ? 'no' : (ctx.options.allowed[0] ?? 'no');
    expectSetting(ctx, {
      keyword: 'PermitRootLogin',
      messageId: 'rootPassword',
      isWeak: (value) => canonicalMode(value) === 'yes' && !allowed.has('yes'),
      good: strictest,
    });
    expectSetting(ctx, {
      keyword: 'PermitRootLogin',
      messageId: 'rootAllowed',
      isWeak: (value) => canonicalMode(value) !== 'yes' && !allowed.has(canonicalMode(value)),
      good: strictest,
    });
  },
});
