import { defineRule } from '../../src/engine/define-rule.js';
import type { RelatedLocation } from '../../src/model/finding.js';
import type { SshdContext } from '../../src/model/sshd/index.js';
import { authPicture, METHOD_KEYWORD, passwordAloneSuffices } from './lib/auth-methods.js';
import { argText, placeOf, reportOnce } from './lib/expect.js';
import { defaultLocation, firstValue, setValueFix, sshdOf, whereText } from './lib/settings.js';

type PasswordMethod = 'password' | 'keyboard-interactive';

const IDS: Readonly<Record<PasswordMethod, { plain: string; beats: string }>> = {
  password: { plain: 'passwordLogin', beats: 'passwordLoginBeats' },
  'keyboard-interactive': { plain: 'kbdLogin', beats: 'kbdLoginBeats' },
};

export default defineRule({
  id: 'sshd/effective-password-login',
  meta: {
    description: 'Some connections can still log in with a password',
    severity: 'error',
    tags: ['security'],
    status: 'stable',
    presets: ['recommended', 'strict'],
    references: [
      { title: 'sshd_config(5): PasswordAuthentication', url: 'https://man.openbsd.org/sshd_config#PasswordAuthentication' },
      { title: 'sshd_config(5): KbdInteractiveAuthentication', url: 'https://man.openbsd.org/sshd_config#KbdInteractiveAuthentication' },
      { title: 'cloud-init: 50-cloud-init.conf re-enables password login (canonical/cloud-init#5934)', url: 'https://github.com/canonical/cloud-init/issues/5934' },
    ],
    precision: 'very-high',
    securitySeverity: 7.5,
  },
  messages: {
    passwordLogin:
      'Password login is possible {{where}} (PasswordAuthentication {{value}}): passwords can be guessed, phished and reused',
    passwordLoginBeats:
      'Password login is possible {{where}}: PasswordAuthentication {{value}} here takes precedence over PasswordAuthentication {{loserValue}} at {{loser}}, which therefore does not protect these connections',
    kbdLogin:
      'Password login through PAM is possible {{where}} (KbdInteractiveAuthentication {{value}} with UsePAM yes): PAM asks for the account password',
    kbdLoginBeats:
      'Password login through PAM is possible {{where}}: KbdInteractiveAuthentication {{value}} here takes precedence over KbdInteractiveAuthentication {{loserValue}} at {{loser}}, which therefore does not protect these connections',
  },
  check(ctx) {
    const model = sshdOf(ctx);
    if (model === undefined) return;
    const report = reportOnce(ctx);
    const visit = (context: SshdContext, method: PasswordMethod): void => {
      const picture = authPicture(context.effective);
      const setting = picture.settings.get(method);
      if (setting === undefined || !passwordAloneSuffices(picture, method)) return;
      const keyword = METHOD_KEYWORD[method];
      // The first overridden line that said "no" is the hardening the user believes in.
      const loser = setting.overridden.find((d) => argText(d).toLowerCase() === 'no');
      const related: RelatedLocation[] = loser ? [{ ...loser.location, message: `${keyword} ${argText(loser)} here is overridden for these connections` }] : [];
      report({
        messageId: loser ? IDS[method].beats : IDS[method].plain,
        data: {
          where: whereText(context, setting.source),
          value: firstValue(setting),
          ...(loser ? { loser: placeOf(loser), loserValue: argText(loser) } : {}),
        },
        at: setting.source?.location ?? defaultLocation(model),
        related,
        fix: setValueFix(model, { source: setting.source, context }, keyword, 'no'),
      });
    };
    for (const context of model.contexts()) {
      visit(context, 'password');
      visit(context, 'keyboard-interactive');
    }
  },
});
