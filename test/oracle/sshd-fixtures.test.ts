/**
 * Every sshd config in the project's fixtures and in the shared real-world corpus, compared with the
 * real `sshd -T` for several connection specs (none, user=root, and specs that hit and miss each
 * Match line): effective config as a multiset of lines, accept/refuse, line of the first fatal error.
 */
import { mkdirSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkCase, failureReport } from './lib/check.js';
import type { CaseFailure } from './lib/check.js';
import { runCli } from './lib/cli.js';
import { compareRun } from './lib/compare.js';
import { corpusFixtures, projectFixtures } from './lib/fixtures.js';
import type { SshdFixture } from './lib/fixtures.js';
import { sshdOracleReady } from './lib/guard.js';
import { loadKnownMismatches } from './lib/known.js';
import { hostFsForDir, loadEngine } from './lib/ours.js';
import { deriveSpecs, fixtureSpecs } from './lib/specs.js';
import { createSshdOracle } from './lib/sshd.js';
import type { OracleRun, OracleSpec } from './lib/sshd.js';
import { scratchDir } from './lib/tree.js';

const projectRoot = path.resolve(import.meta.dirname, '../..');
const corpus = path.resolve(projectRoot, '../shared/corpus');

const ready = sshdOracleReady();
const fixtures: SshdFixture[] = [
  ...projectFixtures(projectRoot, ['fixtures']),
  ...corpusFixtures(corpus, ['sshd', 'multi']),
];
const known = loadKnownMismatches();
const looseFiles = fixtures.filter((f) => !f.mainPath.startsWith('/etc/ssh/'));

function readAllConfigText(f: SshdFixture): string[] {
  try {
    return [readFileSync(path.join(f.hostRoot, f.mainPath), 'utf8')];
  } catch {
    return [];
  }
}

describe.runIf(ready)('sshd fixtures and corpus vs real sshd -T', () => {
  const specs = new Map<string, OracleSpec[]>();
  const real = new Map<string, OracleRun[]>();
  const realLoose = new Map<string, OracleRun[]>();
  const scratch = scratchDir('sshd-fixtures');
  afterAll(() => scratch.dispose());
  let engineMissing: string | null = null;

  beforeAll(async () => {
    engineMissing = await loadEngine();
    for (const f of fixtures) {
      // Include files matter for the spec derivation too: scan every file of the tree's etc/ssh.
      const texts = [...readAllConfigText(f), ...includeTexts(f.hostRoot)];
      specs.set(f.id, deriveSpecs(texts, fixtureSpecs(f.hostRoot)));
    }
    const oracle = createSshdOracle();
    try {
      const runs = await oracle.run(fixtures.map((f) => ({ hostRoot: f.hostRoot, mainPath: f.mainPath, specs: specs.get(f.id)! })));
      fixtures.forEach((f, i) => real.set(f.id, runs[i]!));
      // A tree whose etc/ssh is the loose file's folder (a symlink: the bind mount follows it).
      const looseRoots = looseFiles.map((f, i) => {
        const root = path.join(scratch.dir, String(i));
        mkdirSync(path.join(root, 'etc'), { recursive: true });
        symlinkSync(path.dirname(path.join(f.hostRoot, f.mainPath)), path.join(root, 'etc/ssh'));
        return root;
      });
      const looseRuns = await oracle.run(
        looseFiles.map((f, i) => ({ hostRoot: looseRoots[i]!, mainPath: `/etc/ssh/${path.basename(f.mainPath)}`, specs: specs.get(f.id)! })),
      );
      looseFiles.forEach((f, i) => realLoose.set(f.id, looseRuns[i]!));
    } finally {
      oracle.dispose();
    }
  });

  it('found the fixtures', () => {
    expect(fixtures.filter((f) => f.id.startsWith('fixture:fixtures/sshd-oracle/')).length).toBeGreaterThanOrEqual(20);
    expect(engineMissing).toBeNull();
  });

  for (const f of fixtures) {
    const test = known.has(f.id) ? it.fails : it;
    test(f.id, () => {
      const failures = checkCase(hostFsForDir(f.hostRoot), f.mainPath, specs.get(f.id)!, real.get(f.id)!);
      if (failures.length > 0) {
        throw new Error(failureReport(`${f.id} (${f.mainPath}): sshlint disagrees with sshd -T`, failures, `host root: ${f.hostRoot}`));
      }
    });
  }

  // Loose files (an sshd_config outside etc/ssh/) through print-config without --root: the file's folder
  // stands for /etc/ssh, so sshd runs with that folder mounted there.
  for (const f of looseFiles) {
    const id = `cli-noroot:${f.id}`;
    const test = known.has(id) ? it.fails : it;
    test(`print-config without --root ${f.id}`, async () => {
      const failures: CaseFailure[] = [];
      const ss = specs.get(f.id)!;
      for (const [i, spec] of ss.entries()) {
        const m = compareRun(realLoose.get(f.id)![i]!, await runCli(path.dirname(path.join(f.hostRoot, f.mainPath)), `/etc/ssh/${path.basename(f.mainPath)}`, spec, false));
        if (m) failures.push({ spec, mismatch: m });
      }
      if (failures.length > 0) throw new Error(failureReport(`${id}: sshlint print-config disagrees with sshd -T`, failures, `file: ${path.join(f.hostRoot, f.mainPath)}`));
    });
  }

  // The same cases through the command-line contract (`sshlint print-config`), which prints what sshd -T prints.
  for (const f of fixtures) {
    const test = known.has(`cli:${f.id}`) ? it.fails : it;
    test(`print-config ${f.id}`, async () => {
      const failures: CaseFailure[] = [];
      const ss = specs.get(f.id)!;
      for (const [i, spec] of ss.entries()) {
        const m = compareRun(real.get(f.id)![i]!, await runCli(f.hostRoot, f.mainPath, spec));
        if (m) failures.push({ spec, mismatch: m });
      }
      if (failures.length > 0) {
        throw new Error(failureReport(`cli:${f.id} (${f.mainPath}): sshlint print-config disagrees with sshd -T`, failures, `host root: ${f.hostRoot}`));
      }
    });
  }
});

function includeTexts(hostRoot: string): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch {
      return;
    }
    for (const n of names) {
      const p = path.join(dir, n);
      try {
        out.push(readFileSync(p, 'utf8'));
      } catch {
        walk(p);
      }
    }
  };
  walk(path.join(hostRoot, 'etc/ssh'));
  return out;
}
