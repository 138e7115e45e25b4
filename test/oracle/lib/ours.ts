/**
 * sshlint's side of the sshd comparison: the effective config our model computes for a host tree and
 * a connection spec, shaped like an `OracleRun` so both sides compare the same way.
 */
import { diskHostFs, memoryHostFs } from '../../../src/discover/host-fs.js';
import type { HostFs } from '../../../src/discover/host-fs.js';
import { buildSshdModel } from '../../../src/model/sshd/index.js';
import type { SshdDiagnostic, SshdEffective, SshdModel } from '../../../src/model/sshd/index.js';
import type { ErrorLine, OracleSpec } from './sshd.js';

export interface OurRun {
  /** 0 when we accept the config for this connection, 1 when we refuse it, -1 when the main file is missing. */
  readonly rc: number;
  readonly lines: readonly string[];
  readonly firstError: ErrorLine | null;
  /** Our diagnostics as `severity path:line: message` (for failure messages). */
  readonly diagnostics: readonly string[];
  /** Set when the engine threw: always a bug, reported as a mismatch. */
  readonly crash?: string;
  /** Distinct `path:line: message` of our warning diagnostics (as sshd words them). */
  readonly warnings?: readonly string[];
  /** Set when `get(keyword).values` disagrees with the dump line(s) for that keyword (what rules see vs what sshd prints). */
  readonly apiProblem?: string;
}

/** Rules read `get()`, the oracle checks `dump()`: both must say the same, keyword by keyword. */
function getAgreesWithDump(eff: SshdEffective, lines: readonly string[]): string | undefined {
  const byKeyword = new Map<string, string[]>();
  for (const l of lines) {
    const i = l.indexOf(' ');
    const k = i < 0 ? l : l.slice(0, i);
    byKeyword.set(k, [...(byKeyword.get(k) ?? []), i < 0 ? '' : l.slice(i + 1)]);
  }
  for (const [k, values] of byKeyword) {
    let got: readonly string[];
    try {
      got = eff.get(k).values;
    } catch (e) {
      return `get('${k}') threw: ${crashText(e).split('\n')[0] ?? ''}`;
    }
    if (got.length !== values.length || got.some((v, i) => v !== values[i])) {
      return `get('${k}').values is ${JSON.stringify(got)} but the dump prints ${JSON.stringify(values)}`;
    }
  }
  return undefined;
}

/** Kept for callers written before the engine existed: null means the engine is there. */
export function loadEngine(): Promise<string | null> {
  return Promise.resolve(typeof buildSshdModel === 'function' ? null : 'src/model/sshd does not export buildSshdModel');
}

export function hostFsForDir(hostRoot: string): HostFs {
  return diskHostFs(hostRoot, hostRoot);
}

export function hostFsForFiles(files: Readonly<Record<string, string>>): HostFs {
  return memoryHostFs(files);
}

const hostPathOf = (fs: HostFs, repoPath: string): string => {
  const root = fs.root === '' ? '' : `${fs.root}/`;
  return `/${repoPath.startsWith(root) ? repoPath.slice(root.length) : repoPath}`;
};

const crashText = (e: unknown): string => (e instanceof Error ? (e.stack ?? e.message) : String(e));

/** Builds the model once and evaluates it for every spec. */
export function runOurs(fs: HostFs, mainPath: string, specs: readonly OracleSpec[]): OurRun[] {
  let model: SshdModel | undefined;
  try {
    model = buildSshdModel(fs, { target: 'debian-12', mainPath });
  } catch (e) {
    return specs.map(() => ({ rc: 1, lines: [], firstError: null, diagnostics: [], crash: crashText(e) }));
  }
  if (!model) return specs.map(() => ({ rc: -1, lines: [], firstError: null, diagnostics: [] }));
  const show = (d: SshdDiagnostic): string => `${d.severity} ${hostPathOf(fs, d.location.file)}:${d.location.range.start.line}: ${d.message}`;
  const firstFatal = (ds: readonly SshdDiagnostic[]): ErrorLine | null => {
    const d = ds.find((x) => x.severity === 'fatal');
    return d ? { path: hostPathOf(fs, d.location.file), line: d.location.range.start.line, message: d.message } : null;
  };
  const diagnostics = model.diagnostics.map(show);
  const warnings = [
    ...new Set(model.diagnostics.filter((d) => d.severity === 'warning').map((d) => `${hostPathOf(fs, d.location.file)}:${d.location.range.start.line}: ${d.message}`)),
  ].sort();
  const m = model;
  return specs.map((spec): OurRun => {
    if (!m.valid) return { rc: 1, lines: [], firstError: firstFatal(m.diagnostics), diagnostics };
    try {
      const eff = m.evaluate(spec);
      const all = [...diagnostics, ...eff.diagnostics.map(show)];
      // Connection-dependent refusals (`Match LocalPort` without lport) come with the evaluation.
      if (eff.diagnostics.some((d) => d.severity === 'fatal')) return { rc: 1, lines: [], firstError: firstFatal(eff.diagnostics), diagnostics: all };
      const lines = eff.dump();
      const apiProblem = getAgreesWithDump(eff, lines);
      return { rc: 0, lines, firstError: null, diagnostics: all, warnings, ...(apiProblem === undefined ? {} : { apiProblem }) };
    } catch (e) {
      return { rc: 1, lines: [], firstError: null, diagnostics, crash: crashText(e) };
    }
  });
}
