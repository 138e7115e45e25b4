import { defineRule } from '../../src/engine/define-rule.js';
import { diagnosticsFor } from './lib/diagnostics.js';
import { sshdOf } from './lib/settings.js';

export default defineRule({
  id: 'sshd/invalid-value',
  meta: {
    description: 'A value sshd cannot parse makes it refuse to start',
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
    invalidValue:
      'sshd on {{target}} rejects this value ({{message}}) and refuses to start: the host drops off the network at the next restart',
  },
  check(ctx) {
    const model = sshdOf(ctx);
    if (model === undefined) return;
    for (const diagnostic of diagnosticsFor(model, 'invalid-value')) {
      ctx.report({
        messageId: 'invalidValue',
        data: { message: diagnostic.message, target: model.target },
        at: diagnostic.location,
        suggestion: 'Write the value in the form sshd_config(5) gives for this keyword.',
      });
    }
  },
});
