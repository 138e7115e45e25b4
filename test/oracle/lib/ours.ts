/**
 * sshlint's side of the sshd comparison: the effective config our model computes for a host tree and
 * a connection spec, shaped like an `OracleRun` so both sides compare the same way.
 */
import { diskHostFs, memoryHostFs } from '../../../src/discover/host-fs.js';
import type { HostFs } from '../../../src/discover/host-fs.js';
import type { ErrorLine, OracleSpec } from './sshd.js';

/** The parts of the sshd model contract (src/model/sshd) that the oracle tests use. */
interface EngineDiagnostic {
  readonly severity: string;
  readonly message: string;
  readonly location: { readonly file: string; readonly range: { readonly start: { readonly line: number } } };
}
interface EngineModel {
  readonly valid: boolean;
  readonly diagnostics: readonly EngineDiagnostic[];
  evaluate(connection?: OracleSpec): { dump(): string[] };
}
interface EngineModule {
  buildSshdModel?: (fs: HostFs, options: { target: 'debian-12'; mainPath?: string }) => EngineModel | undefined;
}

export interface OurRun {
  /** 0 when we accept the config for this connection, 1 when we refuse it, -1 when the main file is missing. */
  readonly rc: number;
  readonly lines: readonly string[];
  readonly firstError: ErrorLine | null;
  /** Our diagnostics as `path:line: message` (for failure messages). */
  readonly diagnostics: readonly string[];
  /** Set when the engine threw: always a bug, reported as a mismatch. */
  readonly crash?: string;
}

let engine: EngineModule | undefined;

/** Loads the engine; null with a reason when it does not implement the contract yet. */
export async function loadEngine(): Promise<string | null> {
  // Loaded dynamically and typed by the contract above, so this file compiles while the engine grows.
  const mod: unknown = await import('../../../src/model/sshd/index.js');
  engine = mod as EngineModule;
  return typeof engine.buildSshdModel === 'function' ? null : 'src/model/sshd does not export buildSshdModel yet';
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

/** Builds the model once and evaluates it for every spec. */
export function runOurs(fs: HostFs, mainPath: string, specs: readonly OracleSpec[]): OurRun[] {
  const build = engine?.buildSshdModel;
  if (!build) throw new Error('loadEngine() first');
  let model: EngineModel | undefined;
  try {
    model = build(fs, { target: 'debian-12', mainPath });
  } catch (e) {
    return specs.map(() => ({ rc: 1, lines: [], firstError: null, diagnostics: [], crash: String((e as Error).stack ?? e) }));
  }
  if (!model) return specs.map(() => ({ rc: -1, lines: [], firstError: null, diagnostics: [] }));
  const fatal = model.diagnostics.filter((d) => d.severity === 'fatal');
  const diagnostics = model.diagnostics.map(
    (d) => `${d.severity} ${hostPathOf(fs, d.location.file)}:${d.location.range.start.line}: ${d.message}`,
  );
  const first = fatal[0];
  const firstError: ErrorLine | null = first
    ? { path: hostPathOf(fs, first.location.file), line: first.location.range.start.line, message: first.message }
    : null;
  const m = model;
  return specs.map((spec): OurRun => {
    if (!m.valid) return { rc: 1, lines: [], firstError, diagnostics };
    try {
      return { rc: 0, lines: m.evaluate(spec).dump(), firstError: null, diagnostics };
    } catch (e) {
      // The contract has no separate channel for a connection-dependent refusal
      // ('Match LocalPort' without lport): an exception there counts as a refusal, anything else is a crash.
      const text = String(e instanceof Error ? e.message : e);
      if (/lport/i.test(text)) return { rc: 1, lines: [], firstError: null, diagnostics: [...diagnostics, text] };
      return { rc: 1, lines: [], firstError: null, diagnostics, crash: String((e as Error).stack ?? e) };
    }
  });
}
