import { defineRule } from '../../src/engine/define-rule.js';
import { defaultLocation, sshdOf, tryGet } from './lib/settings.js';

const ACCESS_KEYWORDS = ['AllowUsers', 'AllowGroups', 'DenyUsers', 'DenyGroups'] as const;

export default defineRule({
  id: 'sshd/access-restriction',
  meta: {
    description: 'No AllowUsers, AllowGroups, DenyUsers or DenyGroups limits who may log in',
    severity: 'warning',
    tags: ['security', 'cis'],
    status: 'stable',
    presets: ['strict', 'cis'],
    references: [
      { title: 'sshd_config(5): AllowUsers', url: 'https://man.openbsd.org/sshd_config#AllowUsers' },
      { title: 'ComplianceAsCode sshd_limit_user_access', url: 'https://github.com/ComplianceAsCode/content' },
    ],
    anchors: { cis: ['Ubuntu 24.04 5.1.4', 'RHEL 9 5.1.7'], lynis: ['SSH-7440'] },
    precision: 'medium',
    securitySeverity: 4.0,
  },
  messages: {
    unrestricted:
      'Nothing limits who may log in (no AllowUsers, AllowGroups, DenyUsers or DenyGroups): every local account with a valid credential, service and forgotten ones included, is reachable over SSH',
  },
  check(ctx) {
    const model = sshdOf(ctx);
    if (model === undefined) return;
    for (const context of model.contexts()) {
      const restricted = ACCESS_KEYWORDS.some((k) => (tryGet(context.effective, k)?.values.length ?? 0) > 0);
      if (restricted) continue;
      // One finding is enough: the fix is one global line, and Match contexts only add to what the global lacks.
      ctx.report({
        messageId: 'unrestricted',
        data: { where: context.label },
        at: defaultLocation(model),
        suggestion: 'Add AllowGroups (or AllowUsers) listing who may log in, for example "AllowGroups sshusers".',
      });
      return;
    }
  },
});
