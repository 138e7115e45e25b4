import { defineRule } from '../../src/engine/define-rule.js';
import { firstValue, settingsOf, setValueFix, sshdOf } from './lib/settings.js';

export default defineRule({
  id: 'sshd/per-source-limits',
  meta: {
    description: 'One source address can hold many unauthenticated connections or escapes penalties',
    severity: 'warning',
    tags: ['security'],
    status: 'stable',
    presets: ['strict'],
    references: [
      { title: 'sshd_config(5): PerSourceMaxStartups', url: 'https://man.openbsd.org/sshd_config#PerSourceMaxStartups' },
      { title: 'sshd_config(5): PerSourcePenalties', url: 'https://man.openbsd.org/sshd_config#PerSourcePenalties' },
      { title: 'ssh-audit hardening guides', url: 'https://www.ssh-audit.com/hardening_guides.html' },
    ],
    anchors: { sshAudit: ['hardening guide: PerSourceMaxStartups'] },
    precision: 'high',
    securitySeverity: 4.3,
  },
  messages: {
    noPerSourceMaxStartups:
      'No per-source cap on unauthenticated connections {{where}} (PerSourceMaxStartups {{value}}): one address can use up all MaxStartups slots and lock everyone else out (DHEat-style flooding)',
    penaltiesOff:
      'Per-source penalties are switched off {{where}} (PerSourcePenalties no): addresses that fail authentication or crash sshd are never refused, so brute force runs at full speed',
  },
  check(ctx) {
    const model = sshdOf(ctx);
    if (model === undefined) return;
    // Both keywords exist only on newer releases; on older targets settingsOf finds nothing.
    for (const item of settingsOf(model, 'persourcemaxstartups', (s) => firstValue(s) === 'none')) {
      ctx.report({
        messageId: 'noPerSourceMaxStartups',
        data: { where: item.where, value: item.setting.values[0] ?? 'none' },
        at: item.at,
        fix: setValueFix(model, item, 'PerSourceMaxStartups', '1'),
      });
    }
    for (const item of settingsOf(model, 'persourcepenalties', (s) => firstValue(s) === 'no')) {
      ctx.report({
        messageId: 'penaltiesOff',
        data: { where: item.where },
        at: item.at,
        fix: setValueFix(model, item, 'PerSourcePenalties', 'yes'),
      });
    }
  },
});
