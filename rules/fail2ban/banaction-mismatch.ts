import { defineRule } from '../../src/engine/define-rule.js';
import type { Fail2banAction } from '../../src/model/fail2ban/index.js';
import type { Host } from '../../src/model/host.js';
import { fail2banOf, repoEntry, settingLocation, startedJails } from './lib/jails.js';

type Manager = 'iptables' | 'nftables' | 'ufw' | 'firewalld';

/**
 * Which program manages the host's firewall, from the firewall files found for it. ufw and firewalld
 * generate the kernel rules themselves, so they win over the raw rulesets they write.
 */
export function firewallManager(host: Host): Manager | undefined {
  const formats = new Set(host.files.map((f) => f.format));
  if (formats.has('ufw') || formats.has('ufw-default')) return 'ufw';
  if (formats.has('firewalld')) return 'firewalld';
  if (formats.has('nftables') || formats.has('nftables-json')) return 'nftables';
  if (formats.has('iptables-save')) return 'iptables';
  return undefined;
}

/** The firewall an action file drives, when it is one of the shipped firewall actions. */
export function actionFirewall(action: Fail2banAction): Manager | undefined {
  const f = action.file;
  if (f.startsWith('iptables')) return 'iptables';
  if (f.startsWith('nftables')) return 'nftables';
  if (f === 'ufw') return 'ufw';
  if (f.startsWith('firewallcmd')) return 'firewalld';
  return undefined;
}

const WORKS: Readonly<Record<Manager, readonly Manager[]>> = {
  // iptables-nft and nft share the kernel's nf_tables, so the nftables actions also work beside iptables rules.
  iptables: ['iptables', 'nftables'],
  nftables: ['nftables'],
  ufw: ['ufw'],
  firewalld: ['firewalld'],
};

const SUGGEST: Readonly<Record<Manager, string>> = {
  iptables: 'iptables-multiport',
  nftables: 'nftables',
  ufw: 'ufw',
  firewalld: 'firewallcmd-rich-rules',
};

export default defineRule({
  id: 'fail2ban/banaction-mismatch',
  meta: {
    description: "The jail's ban action does not drive the host's firewall",
    severity: 'warning',
    tags: ['security', 'correctness'],
    status: 'stable',
    presets: ['recommended', 'strict'],
    references: [{ title: 'jail.conf(5): banaction', url: 'https://manpages.debian.org/bookworm/fail2ban/jail.conf.5.en.html' }],
    precision: 'medium',
    securitySeverity: 5.3,
  },
  messages: {
    mismatch:
      'jail [{{jail}}] bans with {{action}} ({{actionFirewall}}) but this host\'s firewall is managed by {{manager}}: bans land in rules {{manager}} does not manage, and may fail or be flushed when it reloads',
  },
  check(ctx) {
    const model = fail2banOf(ctx.host);
    const manager = firewallManager(ctx.host);
    if (model === undefined || manager === undefined || !model.accepted) return;
    for (const jail of startedJails(model)) {
      for (const action of jail.actions.value) {
        const fw = actionFirewall(action);
        if (fw === undefined || WORKS[manager].includes(fw)) continue;
        const viaBanaction = jail.banaction.text !== null && action.text.startsWith(jail.banaction.text.split('[')[0] ?? '\0');
        const setting = viaBanaction && repoEntry(jail.banaction) ? jail.banaction : jail.actions;
        ctx.report({
          messageId: 'mismatch',
          data: { jail: jail.name, action: action.file, actionFirewall: fw, manager },
          at: settingLocation(model, jail, setting),
          suggestion: `Set "banaction = ${SUGGEST[manager]}" (in [DEFAULT] of jail.local for every jail).`,
        });
      }
    }
  },
});
