import type { FirewallDiagnostic, ReachAnswer, ReachQuery, Ruleset, Family, Rule } from './types.js';

export type * from './types.js';
export { INPUT_PATH_HOOKS, PROTO } from './types.js';

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
  /** Rules on the input path that no packet can reach because an earlier rule always decides first. */
  shadowedRules(): readonly ShadowedRule[];
}

export interface ShadowedRule {
  readonly rule: Rule;
  /** The earlier rule that takes every packet this one would match. */
  readonly by: Rule;
}
