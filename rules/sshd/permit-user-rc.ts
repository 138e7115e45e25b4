import { defineRule } from '../../src/engine/define-rule.js';
import { firstValue, settingsOf, sshdOf, tryGet } from './lib/settings.js';

export default defineRule({
  id: 'sshd/permit-user-rc',
  meta: {
    description: 'Users with a forced command can still run their own ~/.ssh/rc',
    severity: 'note',
    tags: ['security'],
    status: 'stable',
    presets: ['strict'],
    references: [
      { title: 'sshd_config(5): PermitUserRC', url: 'https://man.openbsd.org/sshd_config#PermitUserRC' },
      { title: 'sshd(8): SSHRC', url: 'https://man.openbsd.org/sshd#SSHRC' },
    ],
    precision: 'high',
    securitySeverity: 4.3,
  },
  messages: {
    userRc:
      'ForceCommand restricts these sessions {{where}}, but PermitUserRC is {{value}}: sshd runs the user\'s ~/.ssh/rc with their shell first, so anyone who can write that file escapes the forced command',
  },
  check(ctx) {
    const model = sshdOf(ctx);
    if (model === undefined) return;
    const items = settingsOf(model, 'forcecommand', (force, context) => {
      const rc = tryGet(context.effective, 'permituserrc');
      return firstValue(force) !== 'none' && rc !== undefined && firstValue(rc) === 'yes';
    });
    for (const item of items) {
      const rc = tryGet(item.context.effective, 'permituserrc');
      ctx.report({
        messageId: 'userRc',
        data: { where: item.where, value: rc?.values[0] ?? 'yes' },
        at: item.at,
        related: rc?.source ? [{ ...rc.source.location, message: 'PermitUserRC is set here' }] : [],
        suggestion: 'Add "PermitUserRC no" next to the ForceCommand line',
      });
    }
  },
});
