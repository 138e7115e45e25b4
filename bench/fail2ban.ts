/**
 * fail2ban benchmark: jail resolution of N generated jail trees (the oracle suite's generator) by
 * sshlint in one process, against fail2ban 1.0.2's own reader (Configurator, batched in one python
 * process) and against `fail2ban-client -c DIR -d` run once per tree.
 *
 *   npx tsx bench/fail2ban.ts [--trees 600] [--client 50] [--seed 20261125]
 *
 * The fail2ban rows are skipped when fail2ban is not installed. Prints a Markdown table.
 */
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { hostFsFor } from '../src/cli/commands/print-config-fail2ban.js';
import { memoryHostFs } from '../src/discover/host-fs.js';
import { buildFail2banModel } from '../src/model/fail2ban/index.js';
import { sampleTrees } from '../test/oracle/lib/fail2ban-gen.js';
import { fail2banAvailable, makeTree, runOracle, scratchDir } from '../test/oracle/lib/fail2ban-oracle.js';

const { values } = parseArgs({
  options: { trees: { type: 'string', default: '600' }, client: { type: 'string', default: '50' }, seed: { type: 'string', default: '20261125' } },
});
const N = Number(values.trees);
const CLIENT = Number(values.client);
const trees = sampleTrees(Number(values.seed), N);
const rows: string[] = ['| what | trees | total ms | ms per tree |', '|---|---:|---:|---:|'];
const row = (what: string, n: number, ms: number, cpuMs?: number): void => {
  const cpu = cpuMs === undefined ? '' : ` (CPU of this process: ${(cpuMs / n).toFixed(2)})`;
  rows.push(`| ${what} | ${n} | ${ms.toFixed(0)} | ${(ms / n).toFixed(2)}${cpu} |`);
};
const cpuSince = (c0: NodeJS.CpuUsage): number => {
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
};

const fss = trees.map((t) => memoryHostFs(Object.fromEntries(Object.entries(t).map(([k, v]) => [`/etc/fail2ban/${k}`, v]))));
buildFail2banModel(fss[0]!, { target: 'debian-12' });
let c0 = process.cpuUsage();
let t0 = performance.now();
for (const fs of fss) buildFail2banModel(fs, { target: 'debian-12' });
row('sshlint `buildFail2banModel` (in memory, all ~90 jails resolved)', N, performance.now() - t0, cpuSince(c0));

const scratch = scratchDir();
try {
  const dirs = trees.map((t) => makeTree(scratch.dir, t));
  c0 = process.cpuUsage();
  t0 = performance.now();
  for (const d of dirs) buildFail2banModel(hostFsFor(d), { target: 'debian-12' });
  row('sshlint `buildFail2banModel` (the same trees read from disk, stock files included)', N, performance.now() - t0, cpuSince(c0));
  if (fail2banAvailable()) {
    t0 = performance.now();
    runOracle(dirs);
    row("fail2ban 1.0.2 Configurator, one python process (the oracle's way)", N, performance.now() - t0);
    const some = dirs.slice(0, CLIENT);
    t0 = performance.now();
    for (const d of some) spawnSync('fail2ban-client', ['-c', d, '-d'], { stdio: 'ignore' });
    row('`fail2ban-client -c DIR -d`, one process per tree', some.length, performance.now() - t0);
  }
} finally {
  scratch.cleanup();
}
console.log(rows.join('\n'));
