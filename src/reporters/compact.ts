import type { LintResult } from '../engine/result.js';
import { notificationText } from './counts.js';
import type { ReportMeta } from './index.js';

/** One line per finding, `file:line:column: severity message [rule-id]`, for grep and editors' error parsers. */
export function compactReporter(result: LintResult, _meta: ReportMeta): string {
  const lines: string[] = [];
  for (const n of result.notifications) lines.push(`${n.file ?? 'sshlint'}${n.line ? `:${n.line}` : ''}: ${n.level} ${notificationText(n)} [sshlint]`);
  for (const f of result.findings) {
    if (f.suppressed) continue;
    const s = f.location.range.start;
    lines.push(`${f.location.file}:${s.line}:${s.column}: ${f.severity} ${f.message} [${f.ruleId}]`);
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}
