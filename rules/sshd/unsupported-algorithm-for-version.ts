import { defineRule } from '../../src/engine/define-rule.js';
import type { Fix } from '../../src/model/finding.js';
import type { SshdDirective } from '../../src/model/sshd/index.js';
import { diagnosticsFor, directiveAt, unsupportedAlgorithms } from './lib/diagnostics.js';
import type { UnsupportedAlgorithm } from './lib/diagnostics.js';
import { sshdOf } from './lib/settings.js';

/** The same list without the names sshd rejects, when something remains. */
function dropUnsupported(directive: SshdDirective, bad: readonly UnsupportedAlgorithm[]): Fix | undefined {
  const arg = directive.args[0];
  if (arg === undefined || bad.length === 0) return undefined;
  const prefix = arg.value.startsWith('+') || arg.value.startsWith('^') ? arg.value.slice(0, 1) : '';
  const names = arg.value.slice(prefix.length).split(',');
  const kept = names.filter((n) => n !== '' && !bad.some((b) => b.name === n));
  if (kept.length === 0) return undefined;
  return {
    title: `Remove ${bad.map((b) => b.name).join(', ')} from ${directive.keyword.value}`,
    edits: [{ file: arg.loc.file, range: arg.loc.range, text: prefix + kept.join(',') }],
  };
}

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
    otherRelease:
      'sshd on {{target}} does not support {{algorithms}}, which only {{releases}} know ({{message}}), and refuses to start: the host drops off the network at the next restart',
  },
  check(ctx) {
    const model = sshdOf(ctx);
    if (model === undefined) return;
    for (const diagnostic of diagnosticsFor(model, 'unsupported-algorithm-for-version')) {
      const directive = directiveAt(model, diagnostic);
      const bad = directive ? unsupportedAlgorithms(model, directive) : [];
      const elsewhere = bad.filter((b) => b.supportedBy.length > 0);
      const fix = directive ? dropUnsupported(directive, bad) : undefined;
      ctx.report({
        messageId: elsewhere.length > 0 ? 'otherRelease' : 'unsupportedAlgorithm',
        data: {
          message: diagnostic.message,
          target: model.target,
          algorithms: elsewhere.map((b) => b.name).join(', '),
          releases: [...new Set(elsewhere.flatMap((b) => b.supportedBy))].join(', '),
        },
        at: diagnostic.location,
        ...(fix ? { fix } : { suggestion: `Use only algorithms that "ssh -Q" lists on ${model.target}, or set the target to the release you deploy.` }),
      });
    }
  },
});
