import { defineRule } from '../../src/engine/define-rule.js';
import { argText, placeOf } from './lib/expect.js';
import { shadowedDirectives } from './lib/shadowing.js';
import { sshdOf } from './lib/settings.js';

export default defineRule({
  id: 'sshd/duplicate-directive',
  meta: {
    description: 'A keyword is set twice in the same section and the later line is ignored',
    severity: 'warning',
    tags: ['correctness'],
    status: 'stable',
    presets: ['recommended', 'strict'],
    references: [{ title: 'sshd_config(5): the first obtained value is used', url: 'https://man.openbsd.org/sshd_config#DESCRIPTION' }],
    precision: 'very-high',
  },
  messages: {
    conflicting:
      '{{keyword}} {{value}} is ignored: {{keyword}} {{winnerValue}} at {{winner}} takes effect instead, so changing this line changes nothing',
    repeated: '{{keyword}} {{value}} repeats the line at {{winner}}, which is the one that takes effect: this copy is dead and will mislead the next edit',
  },
  check(ctx) {
    const model = sshdOf(ctx);
    if (model === undefined) return;
    for (const s of shadowedDirectives(model)) {
      if (s.kind !== 'duplicate') continue;
      ctx.report({
        messageId: s.sameValue ? 'repeated' : 'conflicting',
        data: { keyword: s.loser.keyword.value, value: argText(s.loser), winner: placeOf(s.winner), winnerValue: argText(s.winner) },
        at: s.loser.location,
        related: [{ ...s.winner.location, message: 'this line wins' }],
        ...(s.sameValue
          ? { fix: { title: `Remove the repeated ${s.loser.keyword.value} line`, edits: [{ file: s.loser.location.file, range: s.loser.location.range, text: '' }] } }
          : { suggestion: `Keep one ${s.loser.keyword.value} line with the value you want, and delete the other.` }),
      });
    }
  },
});
