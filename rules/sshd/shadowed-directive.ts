import { defineRule } from '../../src/engine/define-rule.js';
import { argText, placeOf } from './lib/expect.js';
import { shadowedDirectives } from './lib/shadowing.js';
import { sshdOf } from './lib/settings.js';

export default defineRule({
  id: 'sshd/shadowed-directive',
  meta: {
    description: 'A directive never takes effect because a Match block of the same file overrides it',
    severity: 'warning',
    tags: ['correctness'],
    status: 'stable',
    presets: ['recommended', 'strict'],
    references: [
      { title: 'sshd_config(5): Match', url: 'https://man.openbsd.org/sshd_config#Match' },
      { title: 'sshd_config(5): the first obtained value is used', url: 'https://man.openbsd.org/sshd_config#DESCRIPTION' },
    ],
    precision: 'high',
  },
  messages: {
    shadowed:
      '{{keyword}} {{value}} never takes effect: {{keyword}} {{winnerValue}} at {{winner}} ({{winnerWhere}}) wins for every connection this line could apply to',
  },
  check(ctx) {
    const model = sshdOf(ctx);
    if (model === undefined) return;
    for (const s of shadowedDirectives(model)) {
      // Same value: nothing changes whichever line wins. Other files and plain repeats have their own rules.
      if (s.kind !== 'shadowed' || s.sameValue) continue;
      ctx.report({
        messageId: 'shadowed',
        data: {
          keyword: s.loser.keyword.value,
          value: argText(s.loser),
          winner: placeOf(s.winner),
          winnerValue: argText(s.winner),
          winnerWhere: s.winner.match?.label ?? 'for all connections',
        },
        at: s.loser.location,
        related: [{ ...s.winner.location, message: 'this line wins' }],
        suggestion: 'Move the setting into the Match block that wins, or narrow that block (Match all applies to every connection).',
      });
    }
  },
});
