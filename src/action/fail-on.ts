import type { Severity } from '../model/finding.js';
import type { ActionInputs } from './inputs.js';

/** `fail-on` is inclusive: `warning` fails on warnings and errors. */
const THRESHOLD: Readonly<Record<ActionInputs['failOn'], readonly Severity[]>> = {
  error: ['error'],
  warning: ['error', 'warning'],
  note: ['error', 'warning', 'note'],
  never: [],
};

/** Findings at or above `fail-on`, as the one-line failure message; undefined when the step passes. */
export function failureReason(counts: Readonly<Record<Severity, number>>, failOn: ActionInputs['failOn']): string | undefined {
  const hits = THRESHOLD[failOn].filter((s) => counts[s] > 0).map((s) => `${counts[s]} ${s}${counts[s] === 1 ? '' : 's'}`);
  return hits.length > 0 ? `sshlint found ${hits.join(', ')} (fail-on: ${failOn})` : undefined;
}
