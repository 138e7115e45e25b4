import { defineRule } from '../../src/engine/define-rule.js';
import type { RelatedLocation } from '../../src/model/finding.js';
import type { Location } from '../../src/model/position.js';
import type { SshdModel } from '../../src/model/sshd/index.js';
import { authPicture, METHOD_KEYWORD, satisfiableLists } from './lib/auth-methods.js';
import type { AuthPicture } from './lib/auth-methods.js';
import { argText, reportOnce } from './lib/expect.js';
import { defaultLocation, sshdOf, whereText } from './lib/settings.js';

function sameLine(a: Location, b: Location): boolean {
  return a.file === b.file && a.range.start.line === b.range.start.line;
}

/** The line most likely to be the mistake: an explicit AuthenticationMethods, else an explicit `PubkeyAuthentication no`. */
function culprit(model: SshdModel, picture: AuthPicture): Location {
  const methods = picture.authenticationMethods?.source;
  if (picture.requiredLists !== null && methods) return methods.location;
  const pubkey = picture.settings.get('publickey')?.source;
  if (pubkey) return pubkey.location;
  for (const setting of picture.settings.values()) if (setting.source) return setting.source.location;
  return defaultLocation(model);
}

export default defineRule({
  id: 'sshd/no-usable-auth-method',
  meta: {
    description: 'No authentication method can succeed, so nobody can log in',
    severity: 'error',
    tags: ['lockout', 'correctness'],
    status: 'stable',
    presets: ['recommended', 'strict'],
    references: [
      { title: 'sshd_config(5): AuthenticationMethods', url: 'https://man.openbsd.org/sshd_config#AuthenticationMethods' },
      { title: 'sshd_config(5): PubkeyAuthentication', url: 'https://man.openbsd.org/sshd_config#PubkeyAuthentication' },
    ],
    precision: 'high',
  },
  messages: {
    noMethod:
      'No authentication method is enabled {{where}} ({{disabled}} are all off, and keyboard-interactive also needs UsePAM yes): every login fails, including yours, and the host can only be reached from a console',
    noMethodList:
      'No AuthenticationMethods list can be completed {{where}} ({{lists}} needs a method that is disabled): every login fails, including yours',
  },
  check(ctx) {
    const model = sshdOf(ctx);
    if (model === undefined) return;
    const report = reportOnce(ctx);
    // sshd itself refuses to start over an unsatisfiable global list; sshd/config-invalid reports that line.
    const fatal = model.diagnostics.filter((d) => d.severity === 'fatal').map((d) => d.location);
    for (const context of model.contexts()) {
      const picture = authPicture(context.effective);
      if (satisfiableLists(picture).length > 0) continue;
      const at = culprit(model, picture);
      if (fatal.some((f) => sameLine(f, at))) continue;
      const related: RelatedLocation[] = [];
      for (const [method, setting] of picture.settings) {
        if (setting.source && !sameLine(setting.source.location, at)) {
          related.push({ ...setting.source.location, message: `${METHOD_KEYWORD[method]} ${argText(setting.source)}` });
        }
      }
      const methodsSource = picture.authenticationMethods?.source ?? null;
      const listMode = picture.requiredLists !== null;
      report({
        messageId: listMode ? 'noMethodList' : 'noMethod',
        data: {
          where: whereText(context, listMode ? methodsSource : (picture.settings.get('publickey')?.source ?? null)),
          lists: (picture.requiredLists ?? []).map((l) => l.join(',')).join(' '),
          disabled: [...picture.settings.keys()].map((m) => METHOD_KEYWORD[m]).join(', '),
        },
        at,
        related,
        suggestion: 'Enable at least one method this host really uses, normally "PubkeyAuthentication yes" with deployed authorized_keys.',
      });
    }
  },
});
