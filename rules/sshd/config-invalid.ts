import { defineRule } from '../../src/engine/define-rule.js';
import { diagnosticsFor } from './lib/diagnostics.js';
import { sshdOf } from './lib/settings.js';

export default defineRule({
  id: 'sshd/config-invalid',
  meta: {
    description: 'The config makes sshd refuse to start',
    severity: 'error',
    tags: ['correctness', 'lockout'],
    status: 'stable',
    presets: ['recommended', 'strict'],
    references: [
      { title: 'sshd(8): -t checks the configuration file', url: 'https://man.openbsd.org/sshd#t' },
    ],
    precision: 'very-high',
  },
  messages: {
    invalid:
      'sshd on {{target}} refuses to start with this config ({{message}}): the host drops off the network at the next restart',
  },
  check(ctx) {
    const model = sshdOf(ctx);
    if (model === undefined) return;
    for (const diagnostic of diagnosticsFor(model, 'config-invalid')) {
      ctx.report({
        messageId: 'invalid',
        data: { message: diagnostic.message, target: model.target },
        at: diagnostic.location,
        suggestion: 'Fix the line as the message says, then confirm with sshd -t on a host of the same release.',
      });
    }
  },
});
