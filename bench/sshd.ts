/**
 * sshd benchmark: effective config of N generated configs computed by sshlint in one process,
 * against N runs of the real `sshd -T` (the oracle harness, batched in private mount namespaces),
 * and a whole-repo style run over many host trees read from disk.
 *
 *   npx tsx bench/sshd.ts [--configs 1000] [--hosts 1000,5000] [--seed 7]
 *
 * Run as root for the sshd part (it is skipped otherwise). Prints a Markdown table.
 */
import { mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runLint } from '../src/engine/run.js';
import { sampleSshdCases } from '../test/oracle/gen/sshd.js';
import { hostFsForDir, loadEngine, runOurs } from '../test/oracle/lib/ours.js';
import { createSshdOracle, sshdOracleUnavailable } from '../test/oracle/lib/sshd.js';
import type { OracleCase } from '../test/oracle/lib/sshd.js';
import { scratchDir, writeHostTree } from '../test/oracle/lib/tree.js';

const { values } = parseArgs({
  options: {
    configs: { type: 'string', default: '1000' },
    hosts: { type: 'string', default: '1000,5000' },
    seed: { type: 'string', default: '7' },
  },
});
const N = Number(values.configs);
const HOSTS = values.hosts.split(',').map(Number);
const SEED = Number(values.seed);

const fmt = (x: number): string => (x >= 100 ? x.toFixed(0) : x.toFixed(1));
const rows: string[][] = [];
/** Wall-clock and this process's CPU time (CPU time is less disturbed by other load on a shared machine). */
interface Mark {
  readonly wall: number;
  readonly cpu: NodeJS.CpuUsage;
}
const mark = (): Mark => ({ wall: performance.now(), cpu: process.cpuUsage() });
/** `childCpu`: CPU ms of child processes (the sshd runs) instead of this process's. */
const row = (what: string, count: number, since: Mark, childCpu?: number): void => {
  const wall = performance.now() - since.wall;
  const c = process.cpuUsage(since.cpu);
  const cpu = childCpu ?? (c.user + c.system) / 1000;
  rows.push([what, String(count), fmt(wall), (wall / count).toFixed(3), (cpu / count).toFixed(3)]);
  console.error(`${what}: ${count} in ${fmt(wall)} ms`);
};

const scratch = scratchDir('sshd-bench');
try {
  const engineMissing = await loadEngine();
  const cases = sampleSshdCases(SEED, N);
  const roots = cases.map((c, i) => writeHostTree(path.join(scratch.dir, 'configs', String(i)), c.files));
  const oneSpec = [{ user: 'alice', addr: '10.0.0.5', lport: 22 }];

  if (engineMissing === null) {
    // Warm-up over every config: JIT, module loading and the first read from disk are not what we measure.
    for (let i = 0; i < N; i++) runOurs(hostFsForDir(roots[i]!), '/etc/ssh/sshd_config', oneSpec);
    let t0 = mark();
    for (let i = 0; i < N; i++) runOurs(hostFsForDir(roots[i]!), '/etc/ssh/sshd_config', oneSpec);
    row('sshlint: parse + model + evaluate + dump, 1 connection (files from disk)', N, t0);
    t0 = mark();
    for (let i = 0; i < N; i++) runOurs(hostFsForDir(roots[i]!), '/etc/ssh/sshd_config', cases[i]!.specs);
    row('sshlint: same, 3 connections per config', N, t0);
  } else {
    console.error(`skipping sshlint timings: ${engineMissing}`);
  }

  const why = sshdOracleUnavailable();
  if (why === null) {
    const oracleCases: OracleCase[] = roots.map((hostRoot) => ({ hostRoot, specs: oneSpec }));
    for (const parallel of [1, 2]) {
      const oracle = createSshdOracle({ parallel });
      try {
        const t0 = mark();
        await oracle.run(oracleCases);
        row(`real sshd -T, 1 connection, ${parallel} namespace${parallel > 1 ? 's' : ''} in parallel`, N, t0, oracle.childCpuMs());
      } finally {
        oracle.dispose();
      }
    }
  } else {
    console.error(`skipping sshd timings: ${why}`);
  }

  if (engineMissing === null) {
    for (const h of HOSTS) {
      // A repo of h hosts: hosts/<name>/etc/ssh/..., each a generated tree (drop-ins, Match, Includes).
      const repo = path.join(scratch.dir, `repo-${h}`);
      const hostCases = sampleSshdCases(SEED + h, h);
      const hostRoots = hostCases.map((c, i) => writeHostTree(path.join(repo, 'hosts', `host-${i}`), c.files));
      mkdirSync(path.join(repo, '.git'), { recursive: true });
      const t0 = mark();
      for (let i = 0; i < h; i++) runOurs(hostFsForDir(hostRoots[i]!), '/etc/ssh/sshd_config', [{}]);
      row(`sshlint: ${h} host trees, model + default connection`, h, t0);
      const t1 = mark();
      const out = await runLint({ cwd: repo, paths: ['.'] });
      row(`sshlint lint: whole repo of ${h} host trees (discovery, all models, all rules; ${out.result.findings.length} findings)`, h, t1);
    }
  }

  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  console.log(`Machine: ${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB RAM, Node ${process.version}, ${os.type()} ${os.release()}`);
  console.log(`Load average at the end: ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}`);
  console.log(`Configs: fast-check generated (seed ${SEED}), a main file + 7 Include files each.\n`);
  console.log('| what | configs | wall ms | wall ms per config | CPU ms per config |');
  console.log('|---|---:|---:|---:|---:|');
  for (const r of rows) console.log(`| ${r.join(' | ')} |`);
} finally {
  scratch.dispose();
}
