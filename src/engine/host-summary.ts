import type { Fail2banModel } from '../model/fail2ban/index.js';
import { portCovered } from '../model/fail2ban/index.js';
import type { FirewallModel } from '../model/firewall/index.js';
import type { Host } from '../model/host.js';
import type { SshdModel } from '../model/sshd/index.js';
import type { Answer, HostSummary } from './result.js';

/**
 * The per-host matrix of the job summary, read off the models (never re-deriving their semantics):
 * 'unknown' when the host has no files of the kind an answer needs.
 */
export function summarizeHost(host: Host, fallbackSshPort: number): HostSummary {
  const ports = host.sshd ? sshdPorts(host.sshd) : [fallbackSshPort];
  const reachable = host.firewall ? reachability(host.firewall, ports) : 'unknown';
  return {
    name: host.name,
    root: host.root,
    target: host.target,
    sshReachable: reachable,
    portConsistent: portConsistency(host, ports, reachable),
    rootLogin: host.sshd ? anyContext(host.sshd, (get) => (get('permitrootlogin')[0] ?? 'no') !== 'no') : 'unknown',
    passwordLogin: host.sshd
      ? anyContext(host.sshd, (get) => get('passwordauthentication')[0] === 'yes' || (get('kbdinteractiveauthentication')[0] === 'yes' && get('usepam')[0] === 'yes'))
      : 'unknown',
    fail2banActive: host.fail2ban ? (sshdJailActive(host.fail2ban) ? 'yes' : 'no') : 'unknown',
  };
}

type Getter = (keyword: string) => readonly string[];

/** 'yes' when the predicate holds in some connection context (global or a Match block). */
function anyContext(model: SshdModel, predicate: (get: Getter) => boolean): Answer {
  try {
    return model.contexts().some((c) => predicate((k) => c.effective.get(k).values)) ? 'yes' : 'no';
  } catch {
    return 'unknown'; // a keyword this target's sshd does not know
  }
}

function sshdPorts(model: SshdModel): number[] {
  try {
    const ports = model.evaluate().get('port').values.map(Number).filter((n) => Number.isInteger(n) && n > 0);
    return ports.length ? [...new Set(ports)] : [22];
  } catch {
    return [22];
  }
}

function reachability(firewall: FirewallModel, ports: readonly number[]): Answer {
  const families = ([4, 6] as const).filter((f) => firewall.hasFamily(f));
  if (families.length === 0) return 'unknown';
  const verdicts = families.flatMap((family) => ports.map((port) => firewall.reach({ family, port }).verdict));
  return verdicts.some((v) => v === 'accepted' || v === 'depends') ? 'yes' : 'no';
}

function sshdJailActive(model: Fail2banModel): boolean {
  const jail = model.jail('sshd');
  return model.accepted && jail !== undefined && jail.enabled.value && jail.configError === null;
}

/** Do the firewall and the sshd jail agree with the port sshd listens on? */
function portConsistency(host: Host, ports: readonly number[], reachable: Answer): Answer {
  if (!host.sshd || (!host.firewall && !host.fail2ban)) return 'unknown';
  if (reachable === 'no') return 'no';
  if (host.fail2ban && sshdJailActive(host.fail2ban)) {
    const spec = host.fail2ban.jail('sshd')?.ports;
    if (spec && !ports.every((p) => portCovered(spec, p))) return 'no';
  }
  return 'yes';
}
