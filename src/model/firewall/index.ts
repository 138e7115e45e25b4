import type { HostFs } from '../../discover/host-fs.js';
import type { SourceFile } from '../source.js';
import type { TargetName } from '../targets.js';
import { evaluateReach } from './evaluate.js';
import { loadFirewallSource } from './loaders.js';
import { findShadowedRules } from './shadow.js';
import type { Family, FirewallDiagnostic, ReachAnswer, ReachQuery, Rule, Ruleset } from './types.js';

export type * from './types.js';
export { INPUT_PATH_HOOKS, PROTO } from './types.js';
export type { FirewallLoader, LoadedFirewall } from './loaders.js';
export { FIREWALL_LOADERS, detectIptablesFamily } from './loaders.js';
export { rejectSymptom, chainName } from './evaluate.js';

/**
 * The firewall of one host: every ruleset sshlint found for it (iptables rules.v4/v6, nftables, ufw,
 * firewalld...), lowered to one model, and the packet-path evaluator over them.
 */
export interface FirewallModel {
  /** Repo paths of every firewall file read, in read order. */
  readonly files: readonly string[];
  readonly rulesets: readonly Ruleset[];
  readonly diagnostics: readonly FirewallDiagnostic[];
  /** No diagnostic of severity `error` (every loader would accept the files). */
  readonly valid: boolean;
  /** True when some ruleset filters this family. */
  hasFamily(family: Family): boolean;
  /** Does a new TCP connection to a local port get through? Deterministic, pure. */
  reach(query: ReachQuery): ReachAnswer;
  /** Rules that no packet can reach because an earlier rule of the same chain always decides first. */
  shadowedRules(): readonly ShadowedRule[];
}

export interface ShadowedRule {
  readonly rule: Rule;
  /** The earlier rule that takes every packet this one would match. */
  readonly by: Rule;
}

/** A model over already-lowered rulesets (what every format's loader produces). */
export function createFirewallModel(rulesets: readonly Ruleset[], diagnostics: readonly FirewallDiagnostic[], files: readonly string[]): FirewallModel {
  let shadowed: readonly ShadowedRule[] | undefined;
  return {
    files,
    rulesets,
    diagnostics,
    valid: !diagnostics.some((d) => d.severity === 'error'),
    hasFamily: (family) => rulesets.some((r) => r.families.includes(family)),
    reach: (query) => evaluateReach(rulesets, query),
    shadowedRules: () => (shadowed ??= findShadowedRules(rulesets)),
  };
}

/**
 * Build the firewall model of a host from its firewall files (those of `files` whose format is a firewall
 * format). Returns undefined when the host has none. Includes are read through `fs`.
 */
export function buildFirewallModel(fs: HostFs, options: { files: readonly SourceFile[]; target: TargetName }): FirewallModel | undefined {
  const rulesets: Ruleset[] = [];
  const diagnostics: FirewallDiagnostic[] = [];
  const files: string[] = [];
  let any = false;
  for (const file of options.files) {
    const loaded = loadFirewallSource(fs, file, options.target);
    if (!loaded) continue;
    any = true;
    files.push(...(loaded.files ?? [file.path]));
    rulesets.push(...loaded.rulesets);
    diagnostics.push(...loaded.diagnostics);
  }
  return any ? createFirewallModel(rulesets, diagnostics, files) : undefined;
}
