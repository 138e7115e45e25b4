import { defineRule } from '../../src/engine/define-rule.js';
import { diagnosticsFor } from './lib/diagnostics.js';
import { sshdOf } from './lib/settings.js';

export default defineRule({
  id: 'sshd/unsupported-algorithm-for-version',
  meta: {
    description: 'An algorithm list names an algorithm the target OpenSSH release does not support',
    severity: 'error',
    tags: ['correctness', 'lockout', 'crypto'],
    status: 'stable',
    presets: ['recommended', 'strict'],
    references: [
      { title: 'sshd_config(5): KexAlgorithms', url: 'https://man.openbsd.org/sshd_config#KexAlgorithms' },
      { title: 'OpenSSH release notes', url: 'https://www.openssh.com/releasenotes.html' },
    ],
    precision: 'very-high',
  },
  messages: {
    unsupportedAlgorithm:
      'sshd on {{target}} does not support an algorithm in this list ({{message}}) and refuses to start: the host drops off the network at the next restart',
  },
  check(ctx) {
    const model = sshdOf(ctx);
    if (model === undefined) return;
    for (const diagnostic of diagnosticsFor(model, 'unsupported-algorithm-for-version')) {
      ctx.report({
        messageId: 'unsupportedAlgorithm',
        data: { message: diagnostic.message, target: model.target },
        at: diagnostic.location,
        suggestion: `Use only algorithms that sshd on ${model.target} lists in "ssh -Q", or set the target to the release you deploy.`,
      });
    }
  },
});
