import { createColors } from 'picocolors';
import type { Finding, Severity } from '../model/finding.js';
import type { LintResult } from '../engine/result.js';
import { countFindings, notificationText, plural } from './counts.js';
import type { ReportMeta } from './index.js';

/** Grouped by file, aligned columns, a count at the end. Suppressed findings are hidden and counted. */
export function stylishReporter(result: LintResult, meta: ReportMeta): string {
  const c = createColors(meta.color);
  const paint: Record<Severity, (s: string) => string> = { error: c.red, warning: c.yellow, note: c.blue };
  const out: string[] = [];

  if (result.notifications.length) {
    for (const n of result.notifications) {
      const where = n.file ? `${n.file}${n.line ? `:${n.line}` : ''}: ` : '';
      out.push(`${paint[n.level](`sshlint ${n.level}`)} ${where}${notificationText(n)}`);
    }
    out.push('');
  }

  const byFile = new Map<string, Finding[]>();
  for (const f of result.findings) {
    if (f.suppressed) continue;
    const list = byFile.get(f.location.file) ?? [];
    list.push(f);
    byFile.set(f.location.file, list);
  }
  for (const [file, findings] of byFile) {
    out.push(c.underline(file));
    const pos = findings.map((f) => `${f.location.range.start.line}:${f.location.range.start.column}`);
    const posWidth = Math.max(...pos.map((p) => p.length));
    const sevWidth = Math.max(...findings.map((f) => f.severity.length));
    const msgWidth = Math.max(...findings.map((f) => f.message.length));
    findings.forEach((f, i) => {
      const p = (pos[i] ?? '').padEnd(posWidth);
      const sev = paint[f.severity](f.severity.padEnd(sevWidth));
      out.push(`  ${c.dim(p)}  ${sev}  ${f.message.padEnd(msgWidth)}  ${c.dim(f.ruleId)}`);
    });
    out.push('');
  }

  const n = countFindings(result);
  const total = n.error + n.warning + n.note;
  const hosts = plural(result.hosts.length, 'host');
  const files = plural(result.files.length, 'file');
  if (total === 0) out.push(c.green(`✔ no problems (${files}, ${hosts})`));
  else {
    const mark = n.error ? c.red('✖') : n.warning ? c.yellow('⚠') : c.blue('ℹ');
    out.push(`${mark} ${plural(total, 'problem')} (${plural(n.error, 'error')}, ${plural(n.warning, 'warning')}, ${plural(n.note, 'note')}) in ${files}, ${hosts}`);
  }
  if (n.suppressed) out.push(c.dim(`  ${n.suppressed} suppressed by sshlint-disable comments (--format json lists them with reasons)`));
  return `${out.join('\n')}\n`;
}
