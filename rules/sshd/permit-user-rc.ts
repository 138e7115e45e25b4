import { defineRule } from '../../src/engine/define-rule.js';
import { firstValue, settingsOf, setValueFix, sshdOf, tryGet } from './lib/settings.js';

export default defineRule({
  id: 'sshd/permit-user-rc',
  meta: {
    description: 'Users can run their own ~/.ssh/rc at login, also under key-forced commands',
    severity: 'note',
    tags: ['security'],
    status: 'stable',
    presets: ['strict'],
    references: [
      { title: 'sshd_config(5): PermitUserRC', url: 'https://man.openbsd.org/sshd_config#PermitUserRC' },
      { title: 'sshd(8): SSHRC', url: 'https://man.openbsd.org/sshd#SSHRC' },
      { title: 'sshd(8): AUTHORIZED_KEYS FILE FORMAT (no-user-rc, restrict)', url: 'https://man.openbsd.org/sshd#AUTHORIZED_KEYS_FILE_FORMAT' },
    ],
    precision: 'medium',
    securitySeverity: 3.9,
  },
  messages: {
    userRc:
      'sshd runs the user\'s ~/.ssh/rc before each session {{where}} (PermitUserRC {{value}}): a key restricted with command="..." in authorized_keys still runs that file first, so whoever can write it escapes the restriction',
  },
  check(ctx) {
    const model = sshdOf(ctx);
    if (model === undefined) return;
    // sshd itself skips ~/.ssh/rc for subsystems and under ForceCommand (session.c, do_rc_files), so those contexts are safe.
    const items = settingsOf(model, 'permituserrc', (rc, context) => {
      const force = tryGet(context.effective, 'forcecommand');
      return firstValue(rc) === 'yes' && (force === undefined || firstValue(force) === 'none');
    });
    for (const item of items) {
      ctx.report({
        messageId: 'userRc',
        data: { where: item.where, value: item.setting.values[0] ?? 'yes' },
        at: item.at,
        fix: setValueFix(model, item, 'PermitUserRC', 'no'),
      });
    }
  },
});
