import { defineRule } from '../../src/engine/define-rule.js';
import { suggestKey } from '../../src/model/fail2ban/index.js';
import { fail2banOf } from './lib/jails.js';

const JAIL_FILE = /(^|\/)etc\/fail2ban\/(jail\.(conf|local)|jail\.d\/[^/]+)$/;

export default defineRule({
  id: 'fail2ban/unknown-key',
  meta: {
    description: 'A fail2ban key that fail2ban silently ignores',
    severity: 'warning',
    tags: ['correctness'],
    status: 'stable',
    presets: ['recommended', 'strict'],
    references: [{ title: 'jail.conf(5)', url: 'https://manpages.debian.org/bookworm/fail2ban/jail.conf.5.en.html' }],
    precision: 'high',
  },
  messages: {
    unknown: '"{{key}}" in [{{section}}] is not a key fail2ban reads and no value refers to it, so fail2ban ignores it without a warning',
    didYouMean: '"{{key}}" in [{{section}}] is not a key fail2ban reads, so fail2ban ignores it without a warning: did you mean "{{suggestion}}"?',
  },
  check(ctx) {
    const model = fail2banOf(ctx.host);
    if (model === undefined) return;
    for (const e of model.entries) {
      // paths-*.conf and other included files define variables by nature; only jail files configure jails.
      if (!JAIL_FILE.test(e.location.file)) continue;
      if (e.section === 'INCLUDES' || e.key.includes('?') || model.knownKeys.has(e.key)) continue;
      const suggestion = suggestKey(e.key);
      if (suggestion === undefined) {
        ctx.report({ messageId: 'unknown', data: { key: e.key, section: e.section }, at: e.keyLoc, suggestion: 'Remove the line, or check the spelling against jail.conf(5).' });
        continue;
      }
      ctx.report({
        messageId: 'didYouMean',
        data: { key: e.key, section: e.section, suggestion },
        at: e.keyLoc,
        fix: { title: `Rename the key to ${suggestion}`, edits: [{ file: e.keyLoc.file, range: e.keyLoc.range, text: suggestion }] },
      });
    }
  },
});
