import type { Notification, Severity } from '../model/finding.js';
import type { LintResult } from '../engine/result.js';

export interface Counts {
  readonly error: number;
  readonly warning: number;
  readonly note: number;
  readonly suppressed: number;
}

/** Findings by severity, not counting suppressed ones (counted apart). */
export function countFindings(result: LintResult): Counts {
  const c: Record<Severity | 'suppressed', number> = { error: 0, warning: 0, note: 0, suppressed: 0 };
  for (const f of result.findings) {
    if (f.suppressed) c.suppressed++;
    else c[f.severity]++;
  }
  return c;
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** A notification's message without its leading `file: ` (reporters print the file themselves). */
export function notificationText(n: Notification): string {
  return n.file !== undefined && n.message.startsWith(`${n.file}: `) ? n.message.slice(n.file.length + 2) : n.message;
}
