import { defineRule } from '../../src/engine/define-rule.js';
import { argText, placeOf } from './lib/expect.js';
import { shadowedDirectives } from './lib/shadowing.js';
import { sshdOf } from './lib/settings.js';

export default defineRule({
  id: 'sshd/dropin-shadowing',
  meta: {
    description: 'A setting is ignored because a file read earlier (an Include) sets it first',
    severity: 'warning',
    tags: ['correctness', 'security'],
    status: 'stable',
    presets: ['recommended', 'strict'],
    references: [
      { title: 'sshd_config(5): Include', url: 'https://man.openbsd.org/sshd_config#Include' },
      { title: 'cloud-init: 50-cloud-init.conf overrides later hardening (canonical/cloud-init#5934)', url: 'https://github.com/canonical/cloud-init/issues/5934' },
    ],
    precision: 'very-high',
    securitySeverity: 5.0,
  },
  messages: {
    shadowedByFile:
      '{{keyword}} {{value}} is ignored: {{winnerFile}} is read first and its {{keyword}} {{winnerValue}} at {{winner}} wins (sshd keeps the first value it reads)',
  },
  check(ctx) {
    const model = sshdOf(ctx);
    if (model === undefined) return;
    for (const s of shadowedDirectives(model)) {
      if (s.kind !== 'dropin' || s.sameValue) continue;
      ctx.report({
        messageId: 'shadowedByFile',
        data: {
          keyword: s.loser.keyword.value,
          value: argText(s.loser),
          winner: placeOf(s.winner),
          winnerFile: s.winner.location.file,
          winnerValue: argText(s.winner),
        },
        at: s.loser.location,
        related: [{ ...s.winner.location, message: 'read first, so this value wins' }],
        suggestion:
          'Put hardening in a drop-in that sorts first (e.g. 00-hardening.conf), or change the winning file; drop-ins included at the top of sshd_config beat the main file.',
      });
    }
  },
});
