import { z } from 'zod';
import { defineRule } from '../../src/engine/define-rule.js';
import { sshdOf, tryGet } from './lib/settings.js';

/**
 * Variables that change what the login shell, the dynamic linker or an interpreter executes.
 * A pattern that matches any of them hands that control to the client.
 */
const DANGEROUS = [
  'LD_PRELOAD',
  'LD_LIBRARY_PATH',
  'LD_AUDIT',
  'BASH_ENV',
  'ENV',
  'BASH_FUNC_X%%',
  'SHELLOPTS',
  'PS4',
  'PROMPT_COMMAND',
  'IFS',
  'PATH',
  'HOME',
  'SHELL',
  'PYTHONPATH',
  'PYTHONSTARTUP',
  'PYTHONHOME',
  'PERL5LIB',
  'PERL5OPT',
  'RUBYOPT',
  'RUBYLIB',
  'NODE_OPTIONS',
  'GIT_SSH_COMMAND',
  'GCONV_PATH',
  'HOSTALIASES',
  'LOCALDOMAIN',
  'RES_OPTIONS',
  'TMPDIR',
] as const;

/** sshd's pattern language for AcceptEnv: `*` and `?` wildcards, matched against the whole name. */
function patternMatches(pattern: string, name: string): boolean {
  let re = '^';
  for (const ch of pattern) re += ch === '*' ? '.*' : ch === '?' ? '.' : ch.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`${re}$`).test(name);
}

/** The dangerous names a pattern matches; the same few patterns (LANG LC_*) recur on every host of a repo. */
const HITS = new Map<string, readonly string[]>();
function dangerousHits(pattern: string): readonly string[] {
  let hits = HITS.get(pattern);
  if (hits === undefined) {
    hits = DANGEROUS.filter((name) => patternMatches(pattern, name));
    if (HITS.size >= 10_000) HITS.clear();
    HITS.set(pattern, hits);
  }
  return hits;
}

export default defineRule({
  id: 'sshd/accept-env',
  meta: {
    description: 'Clients may send environment variables that change what programs run',
    severity: 'warning',
    tags: ['security'],
    status: 'stable',
    presets: ['recommended', 'strict'],
    references: [
      { title: 'sshd_config(5): AcceptEnv', url: 'https://man.openbsd.org/sshd_config#AcceptEnv' },
      { title: 'CVE-2014-6271 (Shellshock), exploitable through accepted environment variables', url: 'https://nvd.nist.gov/vuln/detail/CVE-2014-6271' },
    ],
    precision: 'high',
    securitySeverity: 6.3,
  },
  options: z.object({
    /** Patterns to accept even though they match a dangerous name (exact text as written in AcceptEnv). */
    allow: z.array(z.string()).default([]),
  }),
  messages: {
    dangerousEnv:
      'AcceptEnv {{pattern}} {{where}} lets clients set {{examples}}: a user with a forced command or restricted shell can make it run code of their choice',
  },
  check(ctx) {
    const model = sshdOf(ctx);
    if (model === undefined) return;
    const allowed = new Set(ctx.options.allow);
    // AcceptEnv accumulates; only patterns some context really ends up with are worth a finding, named by that context.
    const effective = new Map<string, string>();
    for (const context of model.contexts()) {
      for (const v of tryGet(context.effective, 'AcceptEnv')?.values ?? []) if (!effective.has(v)) effective.set(v, context.label);
    }
    for (const directive of model.directives) {
      if (directive.canonical !== 'acceptenv') continue;
      for (const arg of directive.args) {
        const where = effective.get(arg.value);
        if (allowed.has(arg.value) || arg.value.startsWith('!') || where === undefined) continue;
        const hits = dangerousHits(arg.value);
        if (hits.length === 0) continue;
        ctx.report({
          messageId: 'dangerousEnv',
          data: { pattern: arg.value, where, examples: hits.slice(0, 3).join(', ') },
          at: arg.loc,
          suggestion: 'Accept only the variables clients need, such as LANG and LC_*.',
        });
      }
    }
  },
});
