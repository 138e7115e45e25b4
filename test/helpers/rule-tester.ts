/**
 * testRule: run one rule through the real pipeline (discovery → host grouping → models → rule → suppressions)
 * on small in-memory repos, and compare its findings exactly.
 *
 *   testRule(rule, {
 *     valid: ['PermitRootLogin no\n', { files: { 'etc/ssh/sshd_config': '...' }, options: { max: 3 } }],
 *     invalid: [{ code: 'PermitRootLogin yes\n', findings: [{ messageId: 'permitted', line: 1, column: 17, endColumn: 20 }] }],
 *   });
 *
 * A string (or `code`) is the text of `etc/ssh/sshd_config`. Expected findings match in count, order
 * (file, line, column) and every field given; `file` defaults to the only file of a string case.
 */
import { describe, expect, it } from 'vitest';
import type { RuleDefinition } from '../../src/engine/define-rule.js';
import { unfilledPlaceholders } from '../../src/engine/messages.js';
import { lintFiles } from '../../src/engine/run.js';
import type { Finding } from '../../src/model/finding.js';

export const DEFAULT_SSHD_PATH = 'etc/ssh/sshd_config';

interface CaseBase {
  /** Shown in the test name. */
  readonly name?: string;
  /** Text of etc/ssh/sshd_config (shorthand for `files`). */
  readonly code?: string;
  /** Repo path → text: the in-memory repo. */
  readonly files?: Readonly<Record<string, string>>;
  /** Rule options, validated by the rule's schema exactly as `.sshlint.yml` options are. */
  readonly options?: unknown;
  /** Target OS release (default debian-12). */
  readonly target?: string;
  /** `--ssh-port` for hosts without sshd config. */
  readonly sshPort?: number;
}

export type ValidCase = string | CaseBase;

export interface ExpectedFinding {
  readonly messageId: string;
  readonly line: number;
  readonly column: number;
  readonly endLine?: number;
  readonly endColumn?: number;
  readonly file?: string;
  /** Substring the formatted message must contain (prefer messageId; use this for data that matters). */
  readonly messageIncludes?: string;
}

export interface InvalidCase extends CaseBase {
  readonly findings: readonly ExpectedFinding[];
}

export interface RuleTests {
  readonly valid: readonly ValidCase[];
  readonly invalid: readonly InvalidCase[];
}

/** Declares one vitest test per case, in a describe block named after the rule. */
export function testRule(rule: RuleDefinition, tests: RuleTests): void {
  describe(rule.id, () => {
    it('has at least one valid and one invalid case', () => {
      expect(tests.valid.length, `${rule.id}: add a valid case`).toBeGreaterThan(0);
      expect(tests.invalid.length, `${rule.id}: add an invalid case`).toBeGreaterThan(0);
    });
    const seen = new Set<string>();
    tests.valid.forEach((c, i) => {
      const key = JSON.stringify(normalizeCase(c));
      it(`valid #${i + 1}${caseName(c)}`, () => {
        expect(seen.has(`v${key}`), 'duplicate valid case').toBe(false);
        seen.add(`v${key}`);
        const findings = runCase(rule, c);
        expect(findings.map(describeFinding), `${rule.id} should report nothing here`).toEqual([]);
      });
    });
    tests.invalid.forEach((c, i) => {
      const key = JSON.stringify(normalizeCase(c));
      it(`invalid #${i + 1}${caseName(c)}`, () => {
        expect(seen.has(`i${key}`), 'duplicate invalid case').toBe(false);
        seen.add(`i${key}`);
        expect(c.findings.length, 'an invalid case lists at least one expected finding').toBeGreaterThan(0);
        const findings = runCase(rule, c);
        const defaultFile = onlyFile(c);
        const actual = findings.map((f, j) => project(f, c.findings[j], defaultFile));
        const expected = c.findings.map((e) => ({ ...e, file: e.file ?? defaultFile }));
        expect(actual, `${rule.id} findings (got: ${findings.map(describeFinding).join('; ') || 'none'})`).toEqual(expected);
        const files = normalizeCase(c).files;
        for (const f of findings) {
          expect(unfilledPlaceholders(f.message), `message "${f.message}" still has placeholders`).toEqual([]);
          checkLocation(f.location, files, 'finding');
          for (const r of f.related) checkLocation(r, files, `related location "${r.message}"`);
          checkFix(f);
        }
      });
    });
  });
}

/** The case as a repo plus settings. */
export function normalizeCase(c: ValidCase): { files: Record<string, string>; options?: unknown; target?: string; sshPort?: number } {
  if (typeof c === 'string') return { files: { [DEFAULT_SSHD_PATH]: c } };
  const files: Record<string, string> = { ...(c.files ?? {}) };
  if (c.code !== undefined) files[DEFAULT_SSHD_PATH] = c.code;
  return { files, options: c.options, target: c.target, sshPort: c.sshPort };
}

/**
 * Lint the case with only `rule` enabled (at its default severity, with the case's options).
 * Fails on any error notification: a crashing rule or model must not pass as "no findings".
 */
export function runCase(rule: RuleDefinition, c: ValidCase): Finding[] {
  const { files, options, target, sshPort } = normalizeCase(c);
  const setting = options === undefined ? rule.meta.severity : ([rule.meta.severity, options] as [typeof rule.meta.severity, unknown]);
  const { result } = lintFiles(files, {
    ruleSet: [rule],
    config: { extends: [], rules: { [rule.id]: setting } },
    ...(target !== undefined ? { target } : {}),
    ...(sshPort !== undefined ? { sshPort } : {}),
  });
  const errors = result.notifications.filter((n) => n.level === 'error');
  expect(errors.map((n) => n.message), 'errors while linting').toEqual([]);
  return result.findings.filter((f) => f.ruleId === rule.id && !f.suppressed);
}

function project(f: Finding, e: ExpectedFinding | undefined, defaultFile: string | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {
    messageId: f.messageId,
    line: f.location.range.start.line,
    column: f.location.range.start.column,
    file: f.location.file,
  };
  if (e?.endLine !== undefined) out.endLine = f.location.range.end.line;
  if (e?.endColumn !== undefined) out.endColumn = f.location.range.end.column;
  if (e?.messageIncludes !== undefined) out.messageIncludes = f.message.includes(e.messageIncludes) ? e.messageIncludes : f.message;
  if (e?.file === undefined && defaultFile === undefined) delete out.file;
  return out;
}

function onlyFile(c: ValidCase): string | undefined {
  const files = Object.keys(normalizeCase(c).files);
  return files.length === 1 ? files[0] : undefined;
}

function caseName(c: ValidCase): string {
  return typeof c !== 'string' && c.name ? `: ${c.name}` : '';
}

export function describeFinding(f: Finding): string {
  const r = f.location.range;
  return `${f.location.file}:${r.start.line}:${r.start.column}-${r.end.line}:${r.end.column} ${f.messageId}`;
}

/** A location in one of the case's files must lie inside it (a range may end just after the last line). */
function checkLocation(loc: Finding['location'], files: Readonly<Record<string, string>>, what: string): void {
  const { start, end } = loc.range;
  expect(start.line >= 1 && start.column >= 1, `${what} starts at ${start.line}:${start.column}`).toBe(true);
  expect(end.line > start.line || (end.line === start.line && end.column >= start.column), `${what} range is reversed`).toBe(true);
  const text = files[loc.file];
  if (text === undefined) return; // e.g. a package default the model locates outside the repo
  const lines = text.split('\n').length;
  expect(start.line <= lines, `${what} starts at line ${start.line} but ${loc.file} has ${lines} lines`).toBe(true);
}

/** A fix must have a title and edits with sane ranges. */
function checkFix(f: Finding): void {
  if (!f.fix) return;
  expect(f.fix.title.trim(), 'fix.title').not.toBe('');
  for (const edit of f.fix.edits) {
    const { start, end } = edit.range;
    expect(start.line >= 1 && start.column >= 1, `fix edit starts at ${start.line}:${start.column}`).toBe(true);
    expect(end.line > start.line || (end.line === start.line && end.column >= start.column), 'fix edit range is not reversed').toBe(true);
  }
}
