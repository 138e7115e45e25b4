import { defineRule } from '../../src/engine/define-rule.js';
import { reportOnce } from './lib/expect.js';
import { firstValue, settingsOf, sshdOf, tryGet, whereText } from './lib/settings.js';

/** A DenyUsers/DenyGroups entry that matches every name (`*`, or `*@*` for users from any host). */
function matchesEveryone(pattern: string): boolean {
  return pattern === '*' || pattern === '*@*';
}

export default defineRule({
  id: 'sshd/lockout-risk',
  meta: {
    description: 'Access settings refuse every user or every connection',
    severity: 'error',
    tags: ['lockout', 'correctness'],
    status: 'stable',
    presets: ['recommended', 'strict'],
    references: [
      { title: 'sshd_config(5): DenyUsers', url: 'https://man.openbsd.org/sshd_config#DenyUsers' },
      { title: 'sshd_config(5): RefuseConnection', url: 'https://man.openbsd.org/sshd_config#RefuseConnection' },
    ],
    precision: 'high',
  },
  messages: {
    denyEveryone:
      '{{keyword}} {{pattern}} {{where}} refuses every account: nobody can log in, and the host can only be reached from a console',
    onlyRoot:
      'AllowUsers {{users}} {{where}} admits only root, and PermitRootLogin {{rootValue}} refuses root: nobody can log in, and the host can only be reached from a console',
    refuseAll:
      'RefuseConnection yes {{where}} drops every connection before authentication: nobody can log in',
  },
  check(ctx) {
    const model = sshdOf(ctx);
    if (model === undefined) return;
    const report = reportOnce(ctx);
    for (const keyword of ['DenyUsers', 'DenyGroups'] as const) {
      // Deny lists accumulate: a pattern counts when some context really ends up with it, named by that context.
      const effective = new Map<string, string>();
      for (const context of model.contexts()) {
        for (const v of tryGet(context.effective, keyword)?.values ?? []) if (!effective.has(v)) effective.set(v, context.label);
      }
      for (const directive of model.directives) {
        if (directive.canonical !== keyword.toLowerCase()) continue;
        for (const arg of directive.args) {
          const where = effective.get(arg.value);
          if (!matchesEveryone(arg.value) || where === undefined) continue;
          report({
            messageId: 'denyEveryone',
            data: { keyword, pattern: arg.value, where },
            at: arg.loc,
            suggestion: `Deny named accounts or groups instead, or use AllowUsers/AllowGroups to list who may log in.`,
          });
        }
      }
    }
    // AllowUsers and PermitRootLogin both have to let a user in: a root-only allow list with root refused admits nobody.
    for (const context of model.contexts()) {
      const allow = tryGet(context.effective, 'AllowUsers');
      const root = tryGet(context.effective, 'PermitRootLogin');
      if (!allow?.source || !root || firstValue(root) !== 'no' || allow.values.length === 0) continue;
      if (!allow.values.every((entry) => entry.split('@')[0] === 'root')) continue;
      report({
        messageId: 'onlyRoot',
        data: { users: allow.values.join(' '), where: whereText(context, allow.source), rootValue: firstValue(root) },
        at: allow.source.location,
        related: root.source ? [{ ...root.source.location, message: 'root is refused here' }] : [],
        suggestion: 'Add the named administrator accounts to AllowUsers before refusing root logins.',
      });
    }
    // RefuseConnection exists from OpenSSH 9.9; settingsOf skips older targets.
    for (const item of settingsOf(model, 'RefuseConnection')) {
      if (firstValue(item.setting) !== 'yes' || item.source === null) continue;
      report({ messageId: 'refuseAll', data: { where: item.where }, at: item.at, suggestion: 'Use RefuseConnection only inside a narrow Match block.' });
    }
  },
});
