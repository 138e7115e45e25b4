import { defineRule } from '../../src/engine/define-rule.js';
import { diagnosticsFor } from './lib/diagnostics.js';
import { sshdOf } from './lib/settings.js';

export default defineRule({
  id: 'sshd/unknown-keyword',
  meta: {
    description: 'A keyword unknown to the target sshd makes it refuse to start',
    severity: 'error',
    tags: ['correctness', 'lockout'],
    status: 'stable',
    presets: ['recommended', 'strict'],
    references: [
      { title: 'sshd_config(5)', url: 'https://man.openbsd.org/sshd_config' },
    ],
    precision: 'very-high',
  },
  messages: {
    unknownKeyword:
      'sshd on {{target}} rejects this line ({{message}}) and refuses to start: the host drops off the network at the next restart',
  },
  check(ctx) {
    const model = sshdOf(ctx);
    if (model === undefined) return;
    for (const diagnostic of diagnosticsFor(model, 'unknown-keyword')) {
      ctx.report({
        messageId: 'unknownKeyword',
        data: { message: diagnostic.message, target: model.target },
        at: diagnostic.location,
        suggestion: 'Check the spelling against sshd_config(5) for the target release; remove keywords that release does not have.',
      });
    }
  },
});
