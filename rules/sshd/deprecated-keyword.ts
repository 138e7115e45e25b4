import { defineRule } from '../../src/engine/define-rule.js';
import { diagnosticsFor, directiveAt } from './lib/diagnostics.js';
import { sshdOf } from './lib/settings.js';

export default defineRule({
  id: 'sshd/deprecated-keyword',
  meta: {
    description: 'A keyword is deprecated or compiled out, so sshd ignores it',
    severity: 'note',
    tags: ['correctness', 'style'],
    status: 'stable',
    presets: ['recommended', 'strict'],
    references: [
      { title: 'OpenSSH 7.4 release notes (removed SSH protocol 1 options)', url: 'https://www.openssh.com/txt/release-7.4' },
      { title: 'OpenSSH 7.5 release notes (UsePrivilegeSeparation)', url: 'https://www.openssh.com/txt/release-7.5' },
    ],
    precision: 'very-high',
  },
  messages: {
    ignored:
      'sshd on {{target}} ignores this line ({{message}}): the setting does nothing, and a hardening checklist that relies on it is not enforced',
  },
  check(ctx) {
    const model = sshdOf(ctx);
    if (model === undefined) return;
    for (const diagnostic of diagnosticsFor(model, 'deprecated-keyword')) {
      const directive = directiveAt(model, diagnostic);
      ctx.report({
        messageId: 'ignored',
        data: { message: diagnostic.message, target: model.target },
        at: directive?.location ?? diagnostic.location,
        ...(directive
          ? { fix: { title: `Remove the ${directive.keyword.value} line`, edits: [{ file: directive.location.file, range: directive.location.range, text: '' }] } }
          : {}),
      });
    }
  },
});
