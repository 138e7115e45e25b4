import type { Located, Location } from '../position.js';
import type { TargetName } from '../targets.js';

/** A connection as `sshd -T -C` describes it. Missing attributes make the criteria that need them not match. */
export interface ConnectionSpec {
  readonly user?: string;
  readonly host?: string;
  readonly addr?: string;
  readonly laddr?: string;
  readonly lport?: number;
  readonly rdomain?: string;
}

export interface SshdDirective {
  /** The keyword as written. */
  readonly keyword: Located<string>;
  /** Lowercase canonical keyword after alias resolution; '' when the target does not know the keyword. */
  readonly canonical: string;
  /** Arguments after unquoting, with their locations. */
  readonly args: readonly Located<string>[];
  /** Keyword to the end of the last argument. */
  readonly location: Location;
  /** The enclosing Match block (also for directives of a file included inside it). */
  readonly match: SshdMatchBlock | null;
}

export interface SshdMatchCriterion {
  /** Lowercase attribute: user, group, host, address, localaddress, localport, rdomain, all, ... */
  readonly attribute: string;
  /** The pattern list as written (empty value for `all`). */
  readonly patterns: Located<string>;
}

export interface SshdMatchBlock {
  /** The Match line. */
  readonly location: Location;
  readonly criteria: readonly SshdMatchCriterion[];
  /** "for connections from 10.0.0.0/8", "for user alice", "for all connections" ... */
  readonly label: string;
  readonly directives: readonly SshdDirective[];
}

export interface SshdComment {
  /** The comment text from `#` to the end of the line. */
  readonly text: string;
  readonly location: Location;
}

export type SshdDiagnosticSeverity = 'fatal' | 'warning';

/** Stable codes for what sshd says about a config. */
export type SshdDiagnosticCode =
  | 'unknown-keyword'
  | 'missing-argument'
  | 'extra-arguments'
  | 'invalid-quotes'
  | 'invalid-value'
  | 'not-allowed-in-match'
  | 'bad-match'
  | 'include-depth'
  | 'include-unreadable'
  | 'duplicate-subsystem'
  | 'bad-listen-address'
  | 'authentication-methods'
  | 'connection-spec'
  | 'deprecated-keyword'
  | 'unsupported-keyword';

export interface SshdDiagnostic {
  /** `fatal`: sshd refuses to start with this config. `warning`: sshd logs it and goes on. */
  readonly severity: SshdDiagnosticSeverity;
  readonly code: SshdDiagnosticCode;
  /** sshd's own wording where it has one (without its "file line N:" prefix). */
  readonly message: string;
  readonly location: Location;
}

export interface EffectiveSetting {
  /** Lowercase canonical keyword, as `sshd -T` of 9.x prints it. */
  readonly keyword: string;
  /** Normalised like `sshd -T`: one entry for single-valued keywords, one per printed line for multi-line ones. */
  readonly values: readonly string[];
  /** The directive that produced the value; null for the compiled-in default. */
  readonly source: SshdDirective | null;
  /** Directives for this keyword that applied in this context but never took effect because `source` won. */
  readonly overridden: readonly SshdDirective[];
}

export interface SshdEffective {
  /** Case-insensitive keyword or alias. Throws only for a keyword this target does not know (a caller bug). */
  get(keyword: string): EffectiveSetting;
  /** Exactly the lines `sshd -T` of the target prints, in its order. */
  dump(): string[];
  /** Problems that only this connection reveals (e.g. `Match LocalPort` without `lport`). Fatal ones stop `sshd -T`. */
  readonly diagnostics: readonly SshdDiagnostic[];
}

export interface SshdContext {
  /** "for all connections", "for connections from 10.0.0.0/8", "for user alice", ... */
  readonly label: string;
  readonly match: SshdMatchBlock | null;
  readonly effective: SshdEffective;
}

export interface SshdModel {
  readonly target: TargetName;
  /** Repo path of the main config. */
  readonly mainFile: string;
  /** Repo paths of every file read (main + Includes), in read order. */
  readonly files: readonly string[];
  /** Every directive in sshd's processing order (Includes expanded inline), global and inside Match. */
  readonly directives: readonly SshdDirective[];
  readonly matchBlocks: readonly SshdMatchBlock[];
  readonly comments: readonly SshdComment[];
  readonly diagnostics: readonly SshdDiagnostic[];
  /** No fatal diagnostics. */
  readonly valid: boolean;
  /** The effective config for one connection (what `sshd -T -C ...` prints). */
  evaluate(connection?: ConnectionSpec): SshdEffective;
  /** The global context plus one context per Match block, each with its effective config. */
  contexts(): readonly SshdContext[];
}
