/**
 * Compares one real sshd run with sshlint's answer for the same config and connection.
 * Dumps are compared as multisets of lines (sshd repeats `port`/`listenaddress` lines and so must we);
 * accept/refuse must agree; when both refuse and sshd named a file and line, ours must name the same.
 */
import type { OurRun } from './ours.js';
import type { OracleRun } from './sshd.js';

export interface Mismatch {
  readonly kind: 'crash' | 'accept-refuse' | 'dump' | 'error-line' | 'api' | 'warnings';
  /** Short, stable text: what differs. */
  readonly summary: string;
  /** Lines sshd printed that we did not (with multiplicity). */
  readonly missing: readonly string[];
  /** Lines we printed that sshd did not. */
  readonly extra: readonly string[];
}

export function multisetDiff(a: readonly string[], b: readonly string[]): { onlyA: string[]; onlyB: string[] } {
  const counts = new Map<string, number>();
  for (const l of a) counts.set(l, (counts.get(l) ?? 0) + 1);
  const onlyB: string[] = [];
  for (const l of b) {
    const n = counts.get(l) ?? 0;
    if (n > 0) counts.set(l, n - 1);
    else onlyB.push(l);
  }
  const onlyA: string[] = [];
  for (const [l, n] of counts) for (let i = 0; i < n; i++) onlyA.push(l);
  return { onlyA, onlyB };
}

export function compareRun(real: OracleRun, ours: OurRun): Mismatch | null {
  if (ours.crash !== undefined) return { kind: 'crash', summary: `sshlint threw: ${ours.crash.split('\n')[0] ?? ''}`, missing: [], extra: [] };
  const realOk = real.rc === 0;
  const oursOk = ours.rc === 0;
  if (realOk !== oursOk) {
    const why = realOk
      ? `sshd accepts (rc 0) but sshlint refuses: ${ours.diagnostics.filter((d) => d.startsWith('fatal')).join(' | ') || '(no fatal diagnostic)'}`
      : `sshd refuses (rc ${real.rc}: ${real.stderr.join(' | ')}) but sshlint ${ours.rc === -1 ? 'found no config' : 'accepts'}`;
    return { kind: 'accept-refuse', summary: why, missing: [], extra: [] };
  }
  if (realOk) {
    const { onlyA: missing, onlyB: extra } = multisetDiff(real.lines, ours.lines);
    if (missing.length > 0 || extra.length > 0) {
      return { kind: 'dump', summary: `${missing.length} line(s) missing, ${extra.length} extra`, missing, extra };
    }
    if (ours.apiProblem !== undefined) return { kind: 'api', summary: ours.apiProblem, missing: [], extra: [] };
    if (real.warnings !== undefined && ours.warnings !== undefined) {
      // sshd's "Deprecated option" / "Unsupported option" lines name a file and line: ours must too.
      const { onlyA: missingW, onlyB: extraW } = multisetDiff(real.warnings, ours.warnings);
      if (missingW.length > 0 || extraW.length > 0) {
        return { kind: 'warnings', summary: 'warnings differ (deprecated / unsupported keywords)', missing: missingW, extra: extraW };
      }
    }
    return null;
  }
  if (real.firstError && ours.rc !== -1) {
    const want = `${real.firstError.path}:${real.firstError.line}`;
    const got = ours.firstError ? `${ours.firstError.path}:${ours.firstError.line}` : '(none)';
    if (want !== got) {
      return {
        kind: 'error-line',
        summary: `first fatal error: sshd ${want} "${real.firstError.message}", sshlint ${got}${ours.firstError ? ` "${ours.firstError.message}"` : ''}`,
        missing: [],
        extra: [],
      };
    }
  }
  return null;
}

export function formatMismatch(m: Mismatch): string {
  const lines = [`[${m.kind}] ${m.summary}`];
  for (const l of m.missing) lines.push(`  - ${l}   (sshd prints, sshlint does not)`);
  for (const l of m.extra) lines.push(`  + ${l}   (sshlint prints, sshd does not)`);
  return lines.join('\n');
}
