import { defineRule } from '../../src/engine/define-rule.js';
import { firstValue, forwardingDisabled, settingsOf, sshdOf, tryGet } from './lib/settings.js';

/** Which AllowTcpForwarding values open which direction (`all` is printed as yes). */
const LOCAL = new Set(['yes', 'all', 'local']);
const REMOTE = new Set(['yes', 'all', 'remote']);

export default defineRule({
  id: 'sshd/permit-open-listen',
  meta: {
    description: 'TCP forwarding is on but not restricted to named destinations or listen ports',
    severity: 'note',
    tags: ['security'],
    status: 'stable',
    presets: ['strict'],
    references: [
      { title: 'sshd_config(5): PermitOpen', url: 'https://man.openbsd.org/sshd_config#PermitOpen' },
      { title: 'sshd_config(5): PermitListen', url: 'https://man.openbsd.org/sshd_config#PermitListen' },
    ],
    precision: 'high',
    securitySeverity: 3.1,
  },
  messages: {
    openAny:
      'Local forwarding may reach any host and port {{where}} (PermitOpen any): a tunnel can go anywhere this server can connect to',
    listenAny:
      'Remote forwarding may listen on any port {{where}} (PermitListen any): users can open listeners on every free port of this server',
  },
  check(ctx) {
    const model = sshdOf(ctx);
    if (model === undefined) return;
    const pairs = [
      { keyword: 'permitopen', directions: LOCAL, messageId: 'openAny', display: 'PermitOpen' },
      { keyword: 'permitlisten', directions: REMOTE, messageId: 'listenAny', display: 'PermitListen' },
    ] as const;
    for (const pair of pairs) {
      const items = settingsOf(model, pair.keyword, (setting, context) => {
        if (forwardingDisabled(context)) return false;
        const tcp = tryGet(context.effective, 'allowtcpforwarding');
        return tcp !== undefined && pair.directions.has(firstValue(tcp)) && firstValue(setting) === 'any';
      });
      for (const item of items) {
        const tcp = tryGet(item.context.effective, 'allowtcpforwarding');
        const related = tcp?.source ? [{ ...tcp.source.location, message: 'TCP forwarding is allowed here' }] : [];
        ctx.report({
          messageId: pair.messageId,
          data: { where: item.where },
          at: item.at,
          related,
          suggestion: `Add ${pair.display} with the host:port pairs users need, or set AllowTcpForwarding no`,
        });
      }
    }
  },
});
