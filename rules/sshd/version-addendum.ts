import { defineRule } from '../../src/engine/define-rule.js';
import { checkValue } from './lib/value-check.js';

export default defineRule({
  id: 'sshd/version-addendum',
  meta: {
    description: 'Extra text is appended to the SSH version string',
    severity: 'note',
    tags: ['security'],
    status: 'stable',
    presets: ['strict'],
    references: [{ title: 'sshd_config(5): VersionAddendum', url: 'https://man.openbsd.org/sshd_config#VersionAddendum' }],
    precision: 'very-high',
    securitySeverity: 1.0,
  },
  messages: {
    addendum:
      'Every client, before authenticating, receives the version addendum "{{value}}" {{where}}: it can reveal the host, role or patch level to scanners',
  },
  check(ctx) {
    checkValue(ctx, {
      keyword: 'versionaddendum',
      display: 'VersionAddendum',
      judge: (value) => (value === 'none' || value === '' ? undefined : 'addendum'),
      fixValue: 'none',
    });
  },
});
