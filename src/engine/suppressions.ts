import type { Finding, Suppression } from '../model/finding.js';
import type { Location } from '../model/position.js';

/**
 * One `sshlint-disable` comment:
 *   `# sshlint-disable-next-line sshd/permit-root-login, sshd/x11-forwarding -- reason`  (the next line)
 *   `# sshlint-disable sshd/permit-root-login -- reason`                                   (the whole file)
 * `;` comments (fail2ban) and `<!-- ... -->` (firewalld XML) work the same way.
 */
export interface SuppressionDirective {
  readonly kind: Suppression['kind'];
  readonly file: string;
  /** The rule ids named, each with where it is written (for "unused" findings). */
  readonly rules: readonly { readonly id: string; readonly location: Location }[];
  readonly reason: string | null;
  readonly location: Location;
  /** For `next-line`: the line it silences (the next line that is neither blank nor another directive). */
  readonly targetLine: number | null;
}

const DIRECTIVE = /^(\s*(?:#|;|<!--)\s*)sshlint-(disable-next-line|disable)(?=\s|$|-->)(.*?)\s*(?:-->)?\s*$/;

export function parseSuppressions(file: string, text: string): SuppressionDirective[] {
  // A BOM stays: columns count UTF-16 code units of the file as it is, and `\s` already skips U+FEFF.
  const lines = text.split(/\r?\n/);
  const isDirectiveLine = (line: string): boolean => DIRECTIVE.test(line);
  const out: SuppressionDirective[] = [];
  lines.forEach((line, i) => {
    const m = DIRECTIVE.exec(line);
    if (!m) return;
    const lead = m[1] ?? '';
    const verb = m[2] ?? '';
    const rest = m[3] ?? '';
    const lineNo = i + 1;
    const sep = rest.search(/\s--(\s|$)/);
    const rulesPart = sep === -1 ? rest : rest.slice(0, sep);
    const reason = sep === -1 ? null : rest.slice(sep).replace(/^\s*--\s*/, '').trim() || null;
    const rulesStart = lead.length + 'sshlint-'.length + verb.length; // 0-based column where rulesPart begins
    const rules: { id: string; location: Location }[] = [];
    for (const idMatch of rulesPart.matchAll(/[^\s,]+/g)) {
      const col = rulesStart + (idMatch.index ?? 0) + 1;
      rules.push({ id: idMatch[0], location: { file, range: { start: { line: lineNo, column: col }, end: { line: lineNo, column: col + idMatch[0].length } } } });
    }
    let targetLine: number | null = null;
    if (verb === 'disable-next-line') {
      for (let j = i + 1; j < lines.length; j++) {
        const next = lines[j] ?? '';
        if (next.trim() === '' || isDirectiveLine(next)) continue;
        targetLine = j + 1;
        break;
      }
    }
    const start = lead.search(/\S/) + 1;
    out.push({
      kind: verb === 'disable' ? 'file' : 'inline',
      file,
      rules,
      reason,
      location: { file, range: { start: { line: lineNo, column: Math.max(1, start) }, end: { line: lineNo, column: line.trimEnd().length + 1 } } },
      targetLine,
    });
  });
  return out;
}

export interface SuppressionOutcome {
  readonly findings: Finding[];
  /** Directive entries that silenced nothing. */
  readonly unused: { directive: SuppressionDirective; rule: SuppressionDirective['rules'][number] }[];
  /** Directives that name no rule at all. */
  readonly empty: SuppressionDirective[];
}

/** Mark findings silenced by directives (they stay in the result) and collect directives that did nothing. */
export function applySuppressions(findings: readonly Finding[], directives: readonly SuppressionDirective[]): SuppressionOutcome {
  const used = new Set<string>();
  const key = (d: SuppressionDirective, id: string): string => `${d.file}\0${d.location.range.start.line}\0${id}`;
  const byFile = new Map<string, SuppressionDirective[]>();
  for (const d of directives) {
    const list = byFile.get(d.file) ?? [];
    list.push(d);
    byFile.set(d.file, list);
  }
  const out = findings.map((f) => {
    const candidates = byFile.get(f.location.file);
    if (!candidates) return f;
    // An inline directive is more specific than a file-wide one, so it gets the credit (and its reason).
    const hit =
      candidates.find((d) => d.kind === 'inline' && d.targetLine === f.location.range.start.line && d.rules.some((r) => r.id === f.ruleId)) ??
      candidates.find((d) => d.kind === 'file' && d.rules.some((r) => r.id === f.ruleId));
    if (!hit) return f;
    used.add(key(hit, f.ruleId));
    const suppressed: Suppression = { kind: hit.kind, reason: hit.reason, location: hit.location };
    return { ...f, suppressed };
  });
  const unused: SuppressionOutcome['unused'] = [];
  const empty: SuppressionDirective[] = [];
  for (const d of directives) {
    if (d.rules.length === 0) empty.push(d);
    for (const rule of d.rules) if (!used.has(key(d, rule.id))) unused.push({ directive: d, rule });
  }
  return { findings: out, unused, empty };
}
