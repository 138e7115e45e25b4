import type { Finding, Notification } from '../model/finding.js';
import type { RuleDefinition } from './define-rule.js';

/** Yes / no / cannot tell from the files (e.g. no firewall files for this host). */
export type Answer = 'yes' | 'no' | 'unknown';

/** The key questions per host, for the job summary's matrix. */
export interface HostSummary {
  readonly name: string;
  /** Repo-relative host root. */
  readonly root: string;
  readonly target: string;
  readonly sshReachable: Answer;
  readonly portConsistent: Answer;
  readonly rootLogin: Answer;
  readonly passwordLogin: Answer;
  readonly fail2banActive: Answer;
}

export interface LintResult {
  /** Sorted by file, line, column, rule id; suppressed findings included (they carry `suppressed`). */
  readonly findings: readonly Finding[];
  /** Problems running sshlint on inputs: unreadable, binary or skipped files, parse failures that stopped a parser. */
  readonly notifications: readonly Notification[];
  /** Every repo-relative file that was examined. */
  readonly files: readonly string[];
  readonly hosts: readonly HostSummary[];
  /** Every rule enabled for this run (what can fire), in id order. */
  readonly rules: readonly RuleDefinition[];
  /** Effective severity per rule id after config. */
  readonly severities: Readonly<Record<string, Finding['severity']>>;
  /** False when sshlint could not do its job completely (an internal error, an unreadable input it was asked for). */
  readonly executionSuccessful: boolean;
}
