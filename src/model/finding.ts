import type { Location } from './position.js';

/** Exactly SARIF's levels, so no reporter loses information. */
export type Severity = 'error' | 'warning' | 'note';

export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 3, warning: 2, note: 1 };

export interface RelatedLocation extends Location {
  /** What this place is, e.g. "sshd listens here" or "this rule drops the packet". */
  readonly message: string;
}

/** A concrete, mechanical edit. `range` is replaced by `text`. */
export interface Edit {
  readonly file: string;
  readonly range: Location['range'];
  readonly text: string;
}

export interface Fix {
  /** Imperative, one line: "Set PermitRootLogin no". */
  readonly title: string;
  readonly edits: readonly Edit[];
}

export interface Suppression {
  readonly kind: 'inline' | 'file';
  readonly reason: string | null;
  readonly location: Location;
}

export interface Finding {
  readonly ruleId: string;
  readonly messageId: string;
  readonly severity: Severity;
  /** One sentence: what is wrong and what the user will experience. */
  readonly message: string;
  readonly location: Location;
  readonly related: readonly RelatedLocation[];
  /** How to fix, in words, when no mechanical fix exists. */
  readonly suggestion?: string;
  readonly fix?: Fix;
  /** The host this finding belongs to (repo-relative host root), when known. */
  readonly host?: string;
  /** Present when an inline or file suppression silenced this finding. */
  readonly suppressed?: Suppression;
}

/** A problem with running sshlint on an input, not with the input's content (unreadable file, skipped binary...). */
export interface Notification {
  readonly level: 'error' | 'warning' | 'note';
  readonly message: string;
  readonly file?: string;
  readonly line?: number;
}
