import { defineRule } from '../../src/engine/define-rule.js';
import { firstValue, settingsOf, sshdOf, tryGet } from './lib/settings.js';

function isUnset(values: readonly string[]): boolean {
  return values.length === 0 || (values.length === 1 && values[0]?.toLowerCase() === 'none');
}

export default defineRule({
  id: 'sshd/trusted-ca-revocation',
  meta: {
    description: 'A user CA is trusted but no revocation list is configured',
    severity: 'warning',
    tags: ['security'],
    status: 'stable',
    presets: ['strict'],
    references: [
      { title: 'sshd_config(5): TrustedUserCAKeys', url: 'https://man.openbsd.org/sshd_config#TrustedUserCAKeys' },
      { title: 'sshd_config(5): RevokedKeys', url: 'https://man.openbsd.org/sshd_config#RevokedKeys' },
    ],
    precision: 'high',
    securitySeverity: 5.0,
  },
  messages: {
    noRevocation:
      'Certificates from the CA in {{value}} are trusted {{where}} but RevokedKeys is not set: a leaked user certificate stays valid until it expires',
  },
  check(ctx) {
    const model = sshdOf(ctx);
    if (model === undefined) return;
    for (const item of settingsOf(model, 'TrustedUserCAKeys')) {
      if (isUnset(item.setting.values) || firstValue(item.setting) === '') continue;
      const revoked = tryGet(item.context.effective, 'RevokedKeys');
      if (revoked === undefined || !isUnset(revoked.values)) continue;
      ctx.report({
        messageId: 'noRevocation',
        data: { where: item.where, value: item.setting.values.join(' ') },
        at: item.at,
        suggestion:
          'Add "RevokedKeys /etc/ssh/revoked_keys" and deploy that file (a KRL from ssh-keygen -k); an unreadable RevokedKeys file makes sshd refuse every public key.',
      });
    }
  },
});
