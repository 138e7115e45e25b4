/**
 * Shared plumbing for firewall rules: which ports sshd listens on, and where a finding about an evaluator
 * answer belongs. Reachability itself always comes from the model (host.firewall.reach).
 */
import type { RuleContext } from '../../../src/engine/define-rule.js';
import type { Family, FirewallModel, PathStep, ReachAnswer, Ruleset } from '../../../src/model/firewall/index.js';
import type { RelatedLocation } from '../../../src/model/finding.js';
import type { Host } from '../../../src/model/host.js';
import type { Location } from '../../../src/model/position.js';

export interface SshPorts {
  readonly ports: readonly number[];
  /** The sshd `Port` line(s), for related locations; empty for the compiled-in 22 or --ssh-port. */
  readonly related: readonly RelatedLocation[];
  /** Whether the ports come from an sshd config of this host. */
  readonly fromSshd: boolean;
}

/** Effective sshd ports (first context = the global config), else `--ssh-port` (default 22). */
export function sshPorts(ctx: RuleContext<unknown>): SshPorts {
  const ctx0 = ctx.host.sshd?.contexts()[0];
  if (ctx0) {
    try {
      const setting = ctx0.effective.get('port');
      const ports = [...new Set(setting.values.map(Number).filter((n) => Number.isInteger(n) && n > 0 && n < 65536))];
      if (ports.length) {
        const related: RelatedLocation[] = setting.source ? [{ ...setting.source.location, message: 'sshd listens on this port' }] : [];
        return { ports, related, fromSshd: true };
      }
    } catch {
      // a target whose sshd does not know Port: fall through to the setting
    }
  }
  return { ports: [ctx.settings.sshPort], related: [], fromSshd: false };
}

export function firewallOf(host: Host): FirewallModel | undefined {
  return host.firewall;
}

export function families(model: FirewallModel): Family[] {
  return ([4, 6] as const).filter((f) => model.hasFamily(f));
}

export interface SshQuestion {
  readonly model: FirewallModel;
  readonly family: Family;
  readonly port: number;
  readonly ssh: SshPorts;
}

/** Every (address family, sshd port) pair the host's firewall must answer for; none without a firewall model. */
export function sshQuestions(ctx: RuleContext<unknown>): SshQuestion[] {
  const model = firewallOf(ctx.host);
  if (!model) return [];
  const ssh = sshPorts(ctx);
  return families(model).flatMap((family) => ssh.ports.map((port) => ({ model, family, port, ssh })));
}

function fileStart(file: string): Location {
  return { file, range: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } } };
}

/** The step that decided an answer: the last one of its path (a rule or a policy). */
export function decidingStep(path: readonly PathStep[]): PathStep | undefined {
  return path[path.length - 1];
}

/** Where to report about a path: its deciding step, else the first ruleset file of the family. */
export function pathLocation(model: FirewallModel, family: Family, path: readonly PathStep[]): Location {
  const step = decidingStep(path);
  if (step?.location) return step.location;
  const rs = model.rulesets.find((r) => r.families.includes(family));
  return fileStart(rs?.file ?? model.files[0] ?? 'etc/iptables/rules.v4');
}

/** The input-hook filter base chain with the lowest priority ≥ 0 (iptables filter/INPUT, nft's input chain). */
export function inputPolicy(model: FirewallModel, family: Family): { ruleset: Ruleset; location: Location; policy: 'accept' | 'drop' } | undefined {
  for (const rs of model.rulesets) {
    if (!rs.families.includes(family)) continue;
    const base = rs.baseChains.filter((b) => b.hook === 'input' && b.type === 'filter' && b.families.includes(family)).sort((a, b) => Math.abs(a.priority) - Math.abs(b.priority))[0];
    if (!base) continue;
    const loc = base.policyLocation ?? rs.chains.get(base.chain)?.location ?? fileStart(rs.file);
    return { ruleset: rs, location: loc, policy: base.policy };
  }
  return undefined;
}

/** A port no rule of the model names, standing for "any other port" (a default-deny probe). */
export function unlistedPort(model: FirewallModel): number {
  const used = (p: number): boolean =>
    model.rulesets.some((rs) => [...rs.chains.values()].some((c) => c.rules.some((r) => r.matches.some((m) => m.kind === 'dport' && m.ports.some((x) => p >= x.from && p <= x.to)))));
  for (const p of [47831, 39127, 51413, 61234, 33333]) if (!used(p)) return p;
  for (let p = 40000; p < 65536; p++) if (!used(p)) return p;
  return 65535;
}

/** Every outcome of the answer lets the connection in. */
export function allAccepted(a: ReachAnswer): boolean {
  return a.outcomes.length > 0 && a.outcomes.every((o) => o.verdict === 'accepted');
}

/** No outcome lets the connection in (and the family has rules at all). */
export function noneAccepted(a: ReachAnswer): boolean {
  return a.outcomes.length > 0 && a.outcomes.every((o) => o.verdict !== 'accepted');
}

export const SYMPTOMS: Readonly<Record<string, string>> = {
  timeout: '"Connection timed out"',
  refused: '"Connection refused"',
  unreachable: '"No route to host"',
  stalled: '"Connection timed out during banner exchange" (TCP connects, then every later packet is dropped)',
  open: 'a working connection',
};

/** Some outcome is let in by an ACCEPT policy (no rule decided it): the chain has no default deny for it. */
export function acceptedByPolicy(a: ReachAnswer): boolean {
  return a.outcomes.some((o) => o.verdict === 'accepted' && o.path.some((p) => p.kind === 'policy'));
}
