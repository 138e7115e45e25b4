import { defineRule } from '../../src/engine/define-rule.js';
import { firstValue, settingsOf, sshdOf, tryGet } from './lib/settings.js';

export default defineRule({
  id: 'sshd/permit-tty',
  meta: {
    description: 'Sessions limited to a forced command can still allocate a terminal',
    severity: 'note',
    tags: ['security'],
    status: 'stable',
    presets: ['strict'],
    references: [
      { title: 'sshd_config(5): PermitTTY', url: 'https://man.openbsd.org/sshd_config#PermitTTY' },
      { title: 'sshd_config(5): ForceCommand', url: 'https://man.openbsd.org/sshd_config#ForceCommand' },
    ],
    precision: 'medium',
    securitySeverity: 2.0,
  },
  messages: {
    ttyAllowed:
      'Sessions run the forced command "{{command}}" {{where}} but may still request a terminal (PermitTTY {{value}}): an interactive pty gives escape sequences and job control to a user who should only run that command',
  },
  check(ctx) {
    const model = sshdOf(ctx);
    if (model === undefined) return;
    const items = settingsOf(model, 'forcecommand', (force, context) => {
      const tty = tryGet(context.effective, 'permittty');
      return firstValue(force) !== 'none' && tty !== undefined && firstValue(tty) === 'yes';
    });
    for (const item of items) {
      const tty = tryGet(item.context.effective, 'permittty');
      ctx.report({
        messageId: 'ttyAllowed',
        data: { where: item.where, value: tty?.values[0] ?? 'yes', command: item.setting.values.join(' ') },
        at: item.at,
        related: tty?.source ? [{ ...tty.source.location, message: 'PermitTTY is set here' }] : [],
        suggestion: 'Add "PermitTTY no" next to the ForceCommand line unless the forced command needs a terminal',
      });
    }
  },
});
