import { defineRule } from '../../src/engine/define-rule.js';
import { artifactsOf, lineLocation } from './lib/artifacts.js';

const MIN_BYTES = 32;

export default defineRule({
  id: 'sshd/strong-rng',
  meta: {
    description: 'The RHEL sshd random generator is not seeded with at least 32 bytes from the kernel',
    severity: 'note',
    tags: ['crypto'],
    status: 'preview',
    presets: ['strict'],
    references: [
      { title: 'ComplianceAsCode sshd_use_strong_rng', url: 'https://github.com/ComplianceAsCode/content' },
    ],
    anchors: { stig: ['OL08-00-010292'] },
    precision: 'high',
  },
  messages: {
    missing: '{{path}} does not set SSH_USE_STRONG_RNG: sshd seeds its random generator without the extra {{min}} bytes from the kernel that the RHEL-family STIGs require',
    tooSmall: 'SSH_USE_STRONG_RNG is {{value}} in {{path}} (at least {{min}} bytes required)',
  },
  check(ctx) {
    for (const file of artifactsOf(ctx, 'sysconfig')) {
      const lines = (file.text ?? '').split(/\r?\n/);
      // A shell-style assignment; the last one wins, as when the file is sourced.
      let found: { line: number; value: string } | undefined;
      for (const [i, text] of lines.entries()) {
        const m = /^\s*(?:export\s+)?SSH_USE_STRONG_RNG\s*=\s*["']?(\d*)["']?\s*(?:#.*)?$/.exec(text);
        if (m) found = { line: i + 1, value: m[1] ?? '' };
      }
      if (found === undefined) {
        ctx.report({ messageId: 'missing', data: { path: file.hostPath, min: MIN_BYTES }, at: lineLocation(file, 1), suggestion: `Add SSH_USE_STRONG_RNG=${MIN_BYTES}` });
      } else if (!(Number(found.value) >= MIN_BYTES)) {
        ctx.report({
          messageId: 'tooSmall',
          data: { path: file.hostPath, value: found.value, min: MIN_BYTES },
          at: lineLocation(file, found.line),
          fix: { title: `Set SSH_USE_STRONG_RNG=${MIN_BYTES}`, edits: [{ file: file.repoPath, range: lineLocation(file, found.line).range, text: `SSH_USE_STRONG_RNG=${MIN_BYTES}` }] },
        });
      }
    }
  },
});
