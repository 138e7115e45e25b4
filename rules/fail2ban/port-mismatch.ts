import { defineRule } from '../../src/engine/define-rule.js';
import type { Fail2banAction, Fail2banJail } from '../../src/model/fail2ban/index.js';
import { parsePortSpec, portCovered } from '../../src/model/fail2ban/index.js';
import type { RelatedLocation } from '../../src/model/finding.js';
import type { Host } from '../../src/model/host.js';
import { fail2banOf, settingLocation, startedSshdJails } from './lib/jails.js';

/** Actions that ban the address on every port, so the jail's port does not matter. */
export function bansAllPorts(action: Fail2banAction): boolean {
  const p = action.params;
  return action.file.includes('allports') || action.file === 'ufw' || p.type === 'allports' || (p.actiontype ?? '').includes('allports');
}

/**
 * The ports sshd listens on: the ports of its effective listen addresses (what `sshd -T` prints as
 * `listenaddress`, every Port times every address, or an address's own port), with the directive that set them.
 */
function sshdPorts(host: Host): { ports: number[]; related: RelatedLocation[] } | undefined {
  const ctx0 = host.sshd?.contexts()[0];
  if (!ctx0) return undefined;
  let listen;
  let port;
  try {
    listen = ctx0.effective.get('listenaddress');
    port = ctx0.effective.get('port');
  } catch {
    return undefined;
  }
  const fromListen = listen.values.map((v) => Number(/:(\d+)$/.exec(v)?.[1])).filter((n) => Number.isInteger(n) && n > 0);
  const ports = [...new Set(fromListen.length ? fromListen : port.values.map(Number).filter((n) => Number.isInteger(n) && n > 0))];
  const related: RelatedLocation[] = [];
  if (port.source) related.push({ ...port.source.location, message: 'sshd listens on this port' });
  if (listen.source) related.push({ ...listen.source.location, message: 'sshd listens on this address and port' });
  return { ports, related };
}

function uncovered(jail: Fail2banJail, action: Fail2banAction, ports: readonly number[]): number[] {
  const text = action.params.port ?? jail.port.text ?? '';
  const spec = parsePortSpec(text);
  return ports.filter((p) => !portCovered(spec, p));
}

export default defineRule({
  id: 'fail2ban/port-mismatch',
  meta: {
    description: 'The sshd jail bans on ports sshd does not listen on',
    severity: 'error',
    tags: ['security', 'correctness'],
    status: 'stable',
    presets: ['recommended', 'strict', 'devsec'],
    references: [{ title: 'jail.conf(5): port', url: 'https://manpages.debian.org/bookworm/fail2ban/jail.conf.5.en.html' }],
    precision: 'high',
    securitySeverity: 6.5,
  },
  messages: {
    mismatch:
      'jail [{{jail}}] bans on port {{jailPorts}} with {{action}}, but sshd listens on {{missing}}: banned attackers keep connecting to sshd there',
  },
  check(ctx) {
    const model = fail2banOf(ctx.host);
    const sshd = sshdPorts(ctx.host);
    if (model === undefined || sshd === undefined || sshd.ports.length === 0) return;
    for (const jail of startedSshdJails(model)) {
      for (const action of jail.actions.value) {
        if (bansAllPorts(action)) continue;
        const missing = uncovered(jail, action, sshd.ports);
        if (missing.length === 0) continue;
        ctx.report({
          messageId: 'mismatch',
          data: { jail: jail.name, jailPorts: action.params.port ?? jail.port.text ?? '', action: action.name, missing: missing.join(', ') },
          at: settingLocation(model, jail, jail.port),
          related: sshd.related,
          suggestion: `Set "port = ${[...new Set(sshd.ports)].join(',')}" in [${jail.name}].`,
        });
      }
    }
  },
});
