import { defineRule } from '../../src/engine/define-rule.js';
import { diagnosticsFor } from './lib/diagnostics.js';
import { sshdOf } from './lib/settings.js';

export default defineRule({
  id: 'sshd/global-only-in-match',
  meta: {
    description: 'A global-only keyword inside a Match block makes sshd refuse to start',
    severity: 'error',
    tags: ['correctness', 'lockout'],
    status: 'stable',
    presets: ['recommended', 'strict'],
    references: [
      { title: 'sshd_config(5): Match (the keywords allowed inside)', url: 'https://man.openbsd.org/sshd_config#Match' },
    ],
    precision: 'very-high',
  },
  messages: {
    globalOnly:
      'sshd on {{target}} rejects this line ({{message}}) and refuses to start: the host drops off the network at the next restart',
  },
  check(ctx) {
    const model = sshdOf(ctx);
    if (model === undefined) return;
    for (const diagnostic of diagnosticsFor(model, 'global-only-in-match')) {
      ctx.report({
        messageId: 'globalOnly',
        data: { message: diagnostic.message, target: model.target },
        at: diagnostic.location,
        suggestion: 'Move the line above the first Match block (or below a "Match all" line, which makes it apply to every connection).',
      });
    }
  },
});
