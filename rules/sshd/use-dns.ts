import { defineRule } from '../../src/engine/define-rule.js';
import { firstValue, sshdOf, tryGet } from './lib/settings.js';
import { checkValue } from './lib/value-check.js';

/** A Match Host pattern that names hosts rather than addresses (IPv6 patterns contain ':'). */
function isNamePattern(pattern: string): boolean {
  const p = pattern.replace(/^!/, '');
  return /[a-z]/i.test(p) && !p.includes(':');
}

export default defineRule({
  id: 'sshd/use-dns',
  meta: {
    description: 'Client addresses are looked up in DNS, or Match Host patterns can never match',
    severity: 'note',
    tags: ['security'],
    status: 'stable',
    presets: ['strict'],
    references: [
      { title: 'sshd_config(5): UseDNS', url: 'https://man.openbsd.org/sshd_config#UseDNS' },
      { title: 'Lynis SSH-7408', url: 'https://github.com/CISOfy/lynis/blob/master/include/tests_ssh' },
    ],
    anchors: { lynis: ['SSH-7408'] },
    precision: 'very-high',
    securitySeverity: 2.0,
  },
  messages: {
    hostPatternNeverMatches:
      'Match Host {{pattern}} is compared with the client\'s IP address, because UseDNS is no: a host-name pattern never matches, so this block never applies',
    useDns:
      'Client addresses are resolved in DNS {{where}} (UseDNS {{value}}): logins stall when DNS is slow, and hostname patterns in Match Host and from= trust whoever controls the reverse zone',
  },
  check(ctx) {
    const model = sshdOf(ctx);
    const global = model?.contexts().find((c) => c.match === null);
    const useDns = global === undefined ? undefined : tryGet(global.effective, 'usedns');
    if (model !== undefined && useDns !== undefined && firstValue(useDns) === 'no') {
      for (const block of model.matchBlocks) {
        for (const criterion of block.criteria) {
          if (criterion.attribute !== 'host') continue;
          const names = criterion.patterns.value.split(',').filter(isNamePattern);
          if (names.length === 0) continue;
          ctx.report({
            messageId: 'hostPatternNeverMatches',
            data: { pattern: names.join(',') },
            at: criterion.patterns.loc,
            related: useDns.source ? [{ ...useDns.source.location, message: 'UseDNS is set here' }] : [],
            suggestion: 'Match on Address with the clients\' networks instead (or set UseDNS yes, which makes logins depend on reverse DNS)',
          });
        }
      }
    }
    checkValue(ctx, {
      keyword: 'usedns',
      display: 'UseDNS',
      judge: (value) => (value === 'yes' ? 'useDns' : undefined),
      fixValue: 'no',
    });
  },
});
