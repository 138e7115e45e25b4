import { z } from 'zod';
import { defineRule } from '../../src/engine/define-rule.js';
import { authPicture, baseMethod, isMethodEnabled, METHOD_KEYWORD, satisfiableLists } from './lib/auth-methods.js';
import type { AuthMethod } from './lib/auth-methods.js';
import { reportOnce } from './lib/expect.js';
import { defaultLocation, sshdOf, whereText } from './lib/settings.js';

function keywordFor(method: string): string {
  const base = baseMethod(method);
  return base in METHOD_KEYWORD ? METHOD_KEYWORD[base as AuthMethod] : base;
}

export default defineRule({
  id: 'sshd/authentication-methods',
  meta: {
    description: 'AuthenticationMethods names a disabled method, or allows single-factor login where MFA is required',
    severity: 'warning',
    tags: ['security', 'lockout'],
    status: 'stable',
    presets: ['recommended', 'strict'],
    references: [{ title: 'sshd_config(5): AuthenticationMethods', url: 'https://man.openbsd.org/sshd_config#AuthenticationMethods' }],
    precision: 'high',
    securitySeverity: 4.0,
  },
  options: z.object({
    /** Require every way to log in to combine at least two methods (e.g. publickey,keyboard-interactive). */
    requireMultiFactor: z.boolean().default(false),
  }),
  messages: {
    unsatisfiable:
      'The AuthenticationMethods list {{list}} can never complete {{where}} because {{keyword}} is off there: users who depend on it cannot log in',
    singleFactor:
      'One authentication method is enough to log in {{where}} ({{how}}): a stolen key or password alone gives a shell',
  },
  check(ctx) {
    const model = sshdOf(ctx);
    if (model === undefined) return;
    const report = reportOnce(ctx);
    const fatalLines = new Set(
      model.diagnostics.filter((d) => d.severity === 'fatal').map((d) => `${d.location.file}:${d.location.range.start.line}`),
    );
    for (const context of model.contexts()) {
      const picture = authPicture(context.effective);
      const setting = picture.authenticationMethods;
      if (setting === undefined) continue;
      const source = setting.source;
      const at = source?.location ?? defaultLocation(model);
      // When no list at all can complete, sshd/no-usable-auth-method reports the lockout.
      if (picture.requiredLists !== null && satisfiableLists(picture).length > 0) {
        // sshd refuses to start over a global list it cannot satisfy: sshd/config-invalid owns that line.
        if (fatalLines.has(`${at.file}:${at.range.start.line}`)) continue;
        for (const list of picture.requiredLists) {
          const off = list.find((m) => !isMethodEnabled(picture, m));
          if (off === undefined) continue;
          report({
            messageId: 'unsatisfiable',
            data: { list: list.join(','), where: whereText(context, source), keyword: keywordFor(off) },
            at,
            suggestion: `Enable ${keywordFor(off)} where this list applies, or drop the list.`,
          });
        }
      }
      if (!ctx.options.requireMultiFactor) continue;
      const single =
        picture.requiredLists === null
          ? 'AuthenticationMethods any'
          : picture.requiredLists.find((l) => new Set(l.map(baseMethod)).size < 2)?.join(',');
      if (single === undefined) continue;
      report({
        messageId: 'singleFactor',
        data: { where: whereText(context, source), how: single },
        at,
        suggestion: 'Require two methods, for example "AuthenticationMethods publickey,keyboard-interactive".',
      });
    }
  },
});
