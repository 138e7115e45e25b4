import { defineRule } from '../../src/engine/define-rule.js';
import { argText, placeOf, reportOnce } from './lib/expect.js';
import { sshdOf, tryGet } from './lib/settings.js';

/**
 * How permissive a value is, per keyword (higher = weaker). Only keywords where "weaker" is unambiguous.
 * Values are compared as sshd reads them: multistate words case-insensitively.
 */
const RANK: Readonly<Record<string, (value: string) => number>> = {
  passwordauthentication: (v) => (v === 'yes' ? 1 : 0),
  kbdinteractiveauthentication: (v) => (v === 'yes' ? 1 : 0),
  permitemptypasswords: (v) => (v === 'yes' ? 1 : 0),
  hostbasedauthentication: (v) => (v === 'yes' ? 1 : 0),
  ignorerhosts: (v) => (v === 'no' ? 1 : 0),
  permitrootlogin: (v) => (v === 'yes' ? 2 : v === 'no' ? 0 : 1),
  permituserenvironment: (v) => (v === 'no' ? 0 : 1),
  allowtcpforwarding: (v) => (v === 'yes' || v === 'all' ? 2 : v === 'no' ? 0 : 1),
  allowstreamlocalforwarding: (v) => (v === 'yes' || v === 'all' ? 2 : v === 'no' ? 0 : 1),
  allowagentforwarding: (v) => (v === 'yes' ? 1 : 0),
  x11forwarding: (v) => (v === 'yes' ? 1 : 0),
  gatewayports: (v) => (v === 'no' ? 0 : 1),
  permittunnel: (v) => (v === 'no' ? 0 : 1),
  disableforwarding: (v) => (v === 'no' ? 1 : 0),
  maxauthtries: (v) => Number(v),
};

export default defineRule({
  id: 'sshd/match-overrides-global',
  meta: {
    description: 'A Match block weakens a hardened global setting',
    severity: 'error',
    tags: ['security'],
    status: 'stable',
    presets: ['strict'],
    references: [{ title: 'sshd_config(5): Match', url: 'https://man.openbsd.org/sshd_config#Match' }],
    precision: 'medium',
    securitySeverity: 6.0,
  },
  messages: {
    weakens:
      '{{keyword}} {{value}} {{where}} overrides the global {{keyword}} {{globalValue}} at {{global}}: the hardening does not apply to these connections',
  },
  check(ctx) {
    const model = sshdOf(ctx);
    if (model === undefined) return;
    const report = reportOnce(ctx);
    for (const context of model.contexts()) {
      if (context.match === null) continue;
      for (const [keyword, rank] of Object.entries(RANK)) {
        const setting = tryGet(context.effective, keyword);
        const source = setting?.source;
        if (!setting || !source || source.match === null) continue;
        const hardened = setting.overridden.find((d) => d.match === null);
        if (hardened === undefined) continue;
        const value = argText(source);
        if (rank(value.toLowerCase()) <= rank(argText(hardened).toLowerCase())) continue;
        report({
          messageId: 'weakens',
          data: { keyword: source.keyword.value, value, where: context.label, globalValue: argText(hardened), global: placeOf(hardened) },
          at: source.location,
          related: [{ ...hardened.location, message: 'the global setting this block overrides' }],
          suggestion: 'Keep the hardened value in the Match block too, or narrow the block to the connections that really need the exception.',
        });
      }
    }
  },
});
