/**
 * One case of the sshd differential tests: the real runs (one per connection spec) against ours,
 * turned into a readable failure report that shows the config, the spec and a minimal line diff.
 */
import type { HostFs } from '../../../src/discover/host-fs.js';
import { compareRun, formatMismatch } from './compare.js';
import type { Mismatch } from './compare.js';
import { runOurs } from './ours.js';
import { describeSpec } from './sshd.js';
import type { OracleRun, OracleSpec } from './sshd.js';
import type { HostFiles } from './tree.js';

export interface CaseFailure {
  readonly spec: OracleSpec;
  readonly mismatch: Mismatch;
}

export function checkCase(fs: HostFs, mainPath: string, specs: readonly OracleSpec[], real: readonly OracleRun[]): CaseFailure[] {
  const ours = runOurs(fs, mainPath, specs);
  const failures: CaseFailure[] = [];
  specs.forEach((spec, i) => {
    const m = compareRun(real[i]!, ours[i]!);
    if (m) failures.push({ spec, mismatch: m });
  });
  return failures;
}

/** Shows files with line numbers and visible CR / tab, so a failing case can be reproduced by hand. */
export function showFiles(files: HostFiles): string {
  return Object.entries(files)
    .map(([p, text]) => {
      const body = text
        .split('\n')
        .map((l, i) => `${String(i + 1).padStart(4)}| ${l.replaceAll('\r', '␍').replaceAll('\t', '→')}`)
        .join('\n');
      return `--- ${p}\n${body}`;
    })
    .join('\n');
}

export function failureReport(title: string, failures: readonly CaseFailure[], context: string): string {
  const parts = [title, ...failures.map((f) => `connection ${describeSpec(f.spec)}:\n${formatMismatch(f.mismatch)}`), context];
  return parts.join('\n\n');
}
