import { defineRule } from '../../src/engine/define-rule.js';
import { firstValue, settingsOf, setValueFix, sshdOf, tryGet } from './lib/settings.js';

export default defineRule({
  id: 'sshd/kerberos-or-local-passwd',
  meta: {
    description: 'A password rejected by Kerberos is tried against the local password database',
    severity: 'note',
    tags: ['security', 'devsec'],
    status: 'stable',
    presets: ['strict', 'devsec'],
    references: [
      { title: 'sshd_config(5): KerberosOrLocalPasswd', url: 'https://man.openbsd.org/sshd_config#KerberosOrLocalPasswd' },
      { title: 'DevSec SSH Baseline sshd-31', url: 'https://github.com/dev-sec/ssh-baseline' },
    ],
    anchors: { devsec: ['sshd-31'] },
    precision: 'high',
    securitySeverity: 3.0,
  },
  messages: {
    localFallback:
      'A password that Kerberos rejects is tried against /etc/shadow {{where}} (KerberosOrLocalPasswd {{value}} with KerberosAuthentication yes): local passwords stay a way in even when the KDC says no',
  },
  check(ctx) {
    const model = sshdOf(ctx);
    if (model === undefined) return;
    for (const item of settingsOf(model, 'KerberosOrLocalPasswd')) {
      if (firstValue(item.setting) !== 'yes') continue;
      // The fallback only exists while Kerberos password checking is on in that same context.
      const kerberos = tryGet(item.context.effective, 'KerberosAuthentication');
      if (kerberos === undefined || firstValue(kerberos) !== 'yes') continue;
      ctx.report({
        messageId: 'localFallback',
        data: { where: item.where, value: item.setting.values.join(' ') },
        at: item.at,
        fix: setValueFix(model, item, 'KerberosOrLocalPasswd', 'no'),
      });
    }
  },
});
