/**
 * Generated sshd configs (fast-check, fixed seed) compared with the real `sshd -T`, several connection
 * specs each: effective config as a multiset of lines, accept/refuse, and the line of the first fatal error.
 *
 * Replay one case: SSHLINT_SSHD_SEED=<seed> SSHLINT_SSHD_CASE=<index> npx vitest run --project oracle test/oracle/sshd-generated.test.ts
 * More cases:      SSHLINT_SSHD_CASES=2000 (default 400).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleSshdCases } from './gen/sshd.js';
import { checkCase, failureReport, showFiles } from './lib/check.js';
import { sshdOracleReady } from './lib/guard.js';
import { loadKnownMismatches } from './lib/known.js';
import { hostFsForDir, loadEngine } from './lib/ours.js';
import { runCli } from './lib/cli.js';
import { compareRun, formatMismatch } from './lib/compare.js';
import { shrinkCase } from './lib/shrink.js';
import { createSshdOracle, describeSpec } from './lib/sshd.js';
import type { OracleRun } from './lib/sshd.js';
import { scratchDir, writeHostTree } from './lib/tree.js';

const SEED = Number(process.env.SSHLINT_SSHD_SEED ?? 20261125);
const COUNT = Number(process.env.SSHLINT_SSHD_CASES ?? 400);
const ONLY = process.env.SSHLINT_SSHD_CASE === undefined ? undefined : Number(process.env.SSHLINT_SSHD_CASE);

const ready = sshdOracleReady();
const all = sampleSshdCases(SEED, ONLY === undefined ? COUNT : ONLY + 1);
const indices = ONLY === undefined ? all.map((_, i) => i) : [ONLY];
const known = loadKnownMismatches();

describe.runIf(ready)(`generated sshd configs vs real sshd -T (seed ${SEED})`, () => {
  const scratch = scratchDir('sshd-generated');
  const roots = new Map<number, string>();
  const real = new Map<number, OracleRun[]>();
  let engineMissing: string | null = null;

  beforeAll(async () => {
    engineMissing = await loadEngine();
    const oracle = createSshdOracle();
    try {
      for (const i of indices) roots.set(i, writeHostTree(`${scratch.dir}/${i}`, all[i]!.files));
      const runs = await oracle.run(indices.map((i) => ({ hostRoot: roots.get(i)!, specs: all[i]!.specs })));
      indices.forEach((i, k) => real.set(i, runs[k]!));
    } finally {
      oracle.dispose();
    }
  });
  afterAll(() => scratch.dispose());

  it('the sshd engine implements the model contract', () => {
    expect(engineMissing).toBeNull();
  });

  it('the generated mix exercises both accepted and refused configs', () => {
    const rcs = [...real.values()].flat().map((r) => r.rc);
    if (ONLY !== undefined) return;
    // A generator that drifts into "everything invalid" (or "nothing invalid") proves little.
    expect(rcs.filter((rc) => rc === 0).length).toBeGreaterThan(rcs.length * 0.4);
    expect(rcs.filter((rc) => rc !== 0).length).toBeGreaterThan(rcs.length * 0.1);
  });

  for (const i of indices) {
    const id = `generated:${SEED}:${i}`;
    const test = known.has(id) ? it.fails : it;
    test(`case ${i}`, async () => {
      const c = all[i]!;
      const failures = checkCase(hostFsForDir(roots.get(i)!), '/etc/ssh/sshd_config', c.specs, real.get(i)!);
      // The command line contract too, for the last spec (print-config prints what sshd -T prints).
      const lastSpec = c.specs.length - 1;
      const cliMismatch = compareRun(real.get(i)![lastSpec]!, await runCli(roots.get(i)!, '/etc/ssh/sshd_config', c.specs[lastSpec]!));
      if (cliMismatch && failures.length === 0) failures.push({ spec: c.specs[lastSpec]!, mismatch: { ...cliMismatch, summary: `print-config: ${cliMismatch.summary}` } });
      if (failures.length > 0) {
        // A smaller config that still fails the same way, for the report (bounded number of sshd runs).
        const first = failures[0]!;
        const oracle = createSshdOracle({ parallel: 1 });
        let reduced = '';
        try {
          const r = await shrinkCase(oracle, `${scratch.dir}/${i}-shrink`, c.files, first.spec, first.mismatch.kind);
          if (r.mismatch) reduced = `\n\nreduced case (${r.attempts} sshd runs), connection ${describeSpec(first.spec)}:\n${formatMismatch(r.mismatch)}\n${showFiles(r.files)}`;
        } finally {
          oracle.dispose();
        }
        throw new Error(
          failureReport(
            `${id}: sshlint disagrees with sshd -T`,
            failures,
            `${showFiles(c.files)}${reduced}\n\nreplay: SSHLINT_SSHD_SEED=${SEED} SSHLINT_SSHD_CASE=${i} npx vitest run --project oracle test/oracle/sshd-generated.test.ts`,
          ),
        );
      }
    });
  }
});
