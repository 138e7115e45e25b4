import type { Finding, Notification, Severity } from '../model/finding.js';
import { SEVERITY_RANK } from '../model/finding.js';
import type { LintResult } from '../engine/result.js';
import type { Range } from '../model/position.js';
import { findRepoRoot, repoRelativePath } from './sarif/uri.js';
import { sentence } from './sarif/text.js';

/** GitHub's annotation levels; `notice` is SARIF's `note`. */
export type AnnotationLevel = 'error' | 'warning' | 'notice';

/** One annotation, in the shape `@actions/core` takes (`file` is repo-root-relative). */
export interface Annotation {
  readonly level: AnnotationLevel;
  readonly message: string;
  readonly title: string;
  readonly file?: string;
  readonly startLine?: number;
  readonly endLine?: number;
  readonly startColumn?: number;
  readonly endColumn?: number;
}

/** GitHub shows at most this many annotations per level and step; the rest vanish silently. */
export const ANNOTATIONS_PER_LEVEL = 10;

/** What the annotation builders need from the reporter meta (a structural subset of ReportMeta). */
export interface GithubReportMeta {
  /** The folder sshlint ran in. */
  readonly cwd: string;
  /** The folder the result's paths are relative to (`runLint`'s `repoRoot`); default `cwd`. */
  readonly repoRoot?: string;
}

export interface GithubOptions {
  /** Folder that annotation paths are relative to. Default: `findRepoRoot(meta.repoRoot ?? meta.cwd, process.env)`. */
  readonly repoRoot?: string;
  /** At most this many workflow commands per level; the rest are printed as plain lines. */
  readonly maxPerLevel?: number;
}

const LEVEL: Readonly<Record<Severity, AnnotationLevel>> = { error: 'error', warning: 'warning', note: 'notice' };
const RANK: Readonly<Record<AnnotationLevel, number>> = {
  error: SEVERITY_RANK.error,
  warning: SEVERITY_RANK.warning,
  notice: SEVERITY_RANK.note,
};

/**
 * Line and column properties. The runner silently drops an annotation whose columns are set while
 * `line != endLine`, or whose `endColumn < col` (and `@actions/core` does not check), so columns are
 * kept only on one-line ranges, and the end column is made inclusive as the runner reads it.
 */
export function annotationPosition(range: Range): Pick<Annotation, 'startLine' | 'endLine' | 'startColumn' | 'endColumn'> {
  const startLine = Math.max(1, range.start.line);
  const endLine = Math.max(startLine, range.end.line);
  // A range ending at column 1 of a later line stops at the end of the line before it.
  const wholeLines = endLine > startLine && range.end.column <= 1;
  const lastLine = wholeLines ? endLine - 1 : endLine;
  if (lastLine !== startLine) return { startLine, endLine: lastLine };
  const startColumn = Math.max(1, range.start.column);
  if (wholeLines) return { startLine, endLine: lastLine, startColumn };
  return { startLine, endLine: lastLine, startColumn, endColumn: Math.max(startColumn, range.end.column - 1) };
}

function titleOf(ruleId: string, result: LintResult): string {
  const rule = result.rules.find((r) => r.id === ruleId);
  return rule ? `${ruleId}: ${rule.meta.description}` : ruleId;
}

function findingAnnotation(finding: Finding, result: LintResult, relPath: (file: string) => string | undefined): Annotation {
  const message = finding.suggestion ? `${sentence(finding.message)} ${sentence(finding.suggestion)}` : sentence(finding.message);
  const file = relPath(finding.location.file);
  const base = { level: LEVEL[finding.severity], title: titleOf(finding.ruleId, result) };
  // A file outside the repo cannot carry an annotation; its path goes into the message instead.
  if (file === undefined) return { ...base, message: `${finding.location.file}:${finding.location.range.start.line}: ${message}` };
  return { ...base, message, file, ...annotationPosition(finding.location.range) };
}

function notificationAnnotation(n: Notification, relPath: (file: string) => string | undefined): Annotation {
  const file = n.file !== undefined ? relPath(n.file) : undefined;
  const line = n.line !== undefined && n.line >= 1 ? n.line : undefined;
  return {
    level: LEVEL[n.level],
    title: 'sshlint',
    message: file === undefined && n.file !== undefined ? `${n.file}: ${sentence(n.message)}` : sentence(n.message),
    ...(file !== undefined ? { file } : {}),
    ...(file !== undefined && line !== undefined ? { startLine: line, endLine: line } : {}),
  };
}

/**
 * Every unsuppressed finding and every notification as an annotation, most severe first (GitHub keeps
 * only the first few per level, so the order decides what is seen); notifications lead within a level
 * because an unreadable file hides every finding it would have had.
 */
export function buildAnnotations(result: LintResult, meta: GithubReportMeta, options: GithubOptions = {}): Annotation[] {
  const base = meta.repoRoot ?? meta.cwd;
  const repoRoot = options.repoRoot ?? findRepoRoot(base, process.env);
  const relPath = (file: string): string | undefined => repoRelativePath(file, base, repoRoot);
  const all = [
    ...result.notifications.map((n) => notificationAnnotation(n, relPath)),
    ...result.findings.filter((f) => !f.suppressed).map((f) => findingAnnotation(f, result, relPath)),
  ];
  // Array.prototype.sort is stable: within a level the engine's file/line order is kept.
  return all.sort((a, b) => RANK[b.level] - RANK[a.level]);
}

/**
 * Split annotations into those GitHub will show (`maxPerLevel` per level, or a limit per level) and the
 * overflow.
 */
export function capAnnotations(
  annotations: readonly Annotation[],
  maxPerLevel: number | Readonly<Record<AnnotationLevel, number>> = ANNOTATIONS_PER_LEVEL,
): { shown: Annotation[]; hidden: Annotation[] } {
  const limit = typeof maxPerLevel === 'number' ? { error: maxPerLevel, warning: maxPerLevel, notice: maxPerLevel } : maxPerLevel;
  const used: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 };
  const shown: Annotation[] = [];
  const hidden: Annotation[] = [];
  for (const a of annotations) {
    if (used[a.level] < limit[a.level]) {
      used[a.level] += 1;
      shown.push(a);
    } else {
      hidden.push(a);
    }
  }
  return { shown, hidden };
}

/** Workflow-command escaping, as the runner decodes it. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** `::error title=…,file=…,line=…,endLine=…,col=…,endColumn=…::message` */
export function workflowCommand(a: Annotation): string {
  const props: [string, string | number | undefined][] = [
    ['title', a.title],
    ['file', a.file],
    ['line', a.startLine],
    ['endLine', a.endLine],
    ['col', a.startColumn],
    ['endColumn', a.endColumn],
  ];
  const rendered = props
    .filter((p): p is [string, string | number] => p[1] !== undefined)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',');
  return `::${a.level} ${rendered}::${escapeData(a.message)}`;
}

/** One plain log line for an annotation GitHub would not show. */
export function plainLine(a: Annotation): string {
  const where = a.file !== undefined ? `${a.file}:${a.startLine ?? 1}:${a.startColumn ?? 1}: ` : '';
  return `${where}${a.level} ${a.title}: ${a.message}`.replace(/\r?\n/g, ' ');
}

export function countBySeverity(result: LintResult): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, note: 0 };
  for (const f of result.findings) if (!f.suppressed) counts[f.severity] += 1;
  return counts;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function totalsLine(counts: Readonly<Record<Severity, number>>): string {
  return `sshlint: ${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.note, 'note')}`;
}

/** A reporter with options; `githubReporter` is the default one. */
export function createGithubReporter(options: GithubOptions = {}): (result: LintResult, meta: GithubReportMeta) => string {
  return (result, meta) => {
    const { shown, hidden } = capAnnotations(buildAnnotations(result, meta, options), options.maxPerLevel);
    const lines = shown.map(workflowCommand);
    if (hidden.length > 0) {
      lines.push(`${plural(hidden.length, 'more problem')} not annotated (GitHub shows ${options.maxPerLevel ?? ANNOTATIONS_PER_LEVEL} per level and step):`);
      lines.push(...hidden.map(plainLine));
    }
    lines.push(totalsLine(countBySeverity(result)));
    return `${lines.join('\n')}\n`;
  };
}

/** `--format github`: workflow commands that GitHub turns into annotations, for the CLI in a `run:` step. */
export const githubReporter = createGithubReporter();
