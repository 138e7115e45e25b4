import { defineRule } from '../../src/engine/define-rule.js';
import { fail2banOf, jailLocation, modelLocation, repoEntry, watchesSshd } from './lib/jails.js';

export default defineRule({
  id: 'fail2ban/sshd-jail-disabled',
  meta: {
    description: 'No enabled fail2ban jail watches sshd',
    severity: 'warning',
    tags: ['security'],
    status: 'stable',
    presets: ['recommended', 'strict', 'devsec'],
    references: [{ title: 'jail.conf(5): enabled', url: 'https://manpages.debian.org/bookworm/fail2ban/jail.conf.5.en.html' }],
    precision: 'high',
    securitySeverity: 5.3,
  },
  messages: {
    disabled: 'fail2ban has no enabled jail with the sshd filter ([{{jail}}] resolves to enabled = {{value}}): SSH password guessing is never banned',
    noJail: 'fail2ban has no enabled jail with the sshd filter: SSH password guessing is never banned',
  },
  check(ctx) {
    const model = fail2banOf(ctx.host);
    if (model === undefined || !model.accepted) return;
    if (model.jails.some((j) => j.enabled.value && watchesSshd(j))) return;
    const sshd = model.jail('sshd');
    if (!sshd) {
      ctx.report({ messageId: 'noJail', at: modelLocation(model), suggestion: 'Add "[sshd]" with "enabled = true" to jail.local.' });
      return;
    }
    const typo = sshd.keys.get('enable');
    const entry = repoEntry(sshd.enabled);
    ctx.report({
      messageId: 'disabled',
      data: { jail: sshd.name, value: sshd.enabled.text ?? 'false' },
      at: entry?.valueLoc ?? jailLocation(model, sshd),
      suggestion:
        typo && !typo.shipped
          ? 'fail2ban reads "enabled", not "enable": rename the key and set it to true.'
          : 'Set "enabled = true" in the [sshd] section of jail.local (fail2ban accepts only true, yes, on or 1).',
      ...(entry && !entry.shipped
        ? { fix: { title: 'Set enabled = true', edits: [{ file: entry.valueLoc.file, range: entry.valueLoc.range, text: 'true' }] } }
        : {}),
    });
  },
});
