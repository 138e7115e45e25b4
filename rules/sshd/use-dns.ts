import { defineRule } from '../../src/engine/define-rule.js';
import { checkValue } from './lib/value-check.js';

export default defineRule({
  id: 'sshd/use-dns',
  meta: {
    description: 'Client addresses are looked up in DNS',
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
    useDns:
      'Client addresses are resolved in DNS {{where}} (UseDNS {{value}}): logins stall when DNS is slow, and hostname patterns in Match Host and from= trust whoever controls the reverse zone',
  },
  check(ctx) {
    checkValue(ctx, {
      keyword: 'usedns',
      display: 'UseDNS',
      judge: (value) => (value === 'yes' ? 'useDns' : undefined),
      fixValue: 'no',
    });
  },
});
