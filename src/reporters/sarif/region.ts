import type { Range } from '../../model/position.js';
import type { SarifRegion } from './types.js';

/**
 * A full SARIF region. Both sshlint and SARIF count 1-based, with an end column one past the last
 * character, so the numbers carry over; they are only clamped, because upload-sarif rejects a line or
 * column below 1 and an end before the start.
 */
export function sarifRegion(range: Range): SarifRegion {
  const startLine = Math.max(1, range.start.line);
  const startColumn = Math.max(1, range.start.column);
  const endLine = Math.max(startLine, range.end.line);
  const endColumn = endLine === startLine ? Math.max(startColumn, range.end.column) : Math.max(1, range.end.column);
  return { startLine, startColumn, endLine, endColumn };
}
