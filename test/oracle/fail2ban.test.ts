import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { memoryHostFs } from '../../src/discover/host-fs.js';
import type { Fail2banModel } from '../../src/model/fail2ban/index.js';
import { buildFail2banModel } from '../../src/model/fail2ban/index.js';
import { sampleTrees } from './lib/fail2ban-gen.js';
import type { OracleTree } from './lib/fail2ban-oracle.js';
import { fail2banAvailable, fail2banVersion, makeTree, runOracle, scratchDir } from './lib/fail2ban-oracle.js';

const installed = fail2banAvailable();
if (!installed && process.env.CI) throw new Error('fail2ban (/usr/bin/python3 with the fail2ban module, /etc/fail2ban) is required in CI');
if (!installed) console.warn('skipping fail2ban oracle tests: fail2ban is not installed');
// sshlint's debian-12 data is compared with the machine's stock files: they must be Debian 12's fail2ban 1.0.2.
const version = installed ? fail2banVersion() : '';
if (installed && version !== '1.0.2') {
  const why = `the fail2ban oracle compares with Debian 12's fail2ban 1.0.2, but fail2ban ${version || '(unknown version)'} is installed`;
  if (process.env.CI) throw new Error(why);
  console.warn(`skipping fail2ban oracle tests: ${why}`);
}
const available = installed && version === '1.0.2';

const COMPARED = ['enabled', 'backend', 'filter', 'port', 'protocol', 'logpath', 'maxretry', 'findtime', 'bantime', 'ignoreip', 'banaction', 'action', 'mode'];

/** Every difference between our resolution and fail2ban's, as readable lines (empty = identical). */
function compare(model: Fail2banModel, oracle: OracleTree): string[] {
  const diffs: string[] = [];
  if (model.accepted !== oracle.ok) {
    diffs.push(`accepted: ours ${model.accepted}, fail2ban ${oracle.ok} (${oracle.error ?? 'no exception'}); our diagnostics: ${model.diagnostics.map((d) => d.message).join(' | ')}`);
  }
  // After a syntax error fail2ban has no complete configuration to compare with.
  if (oracle.error && /Parsing|Duplicate|MissingSectionHeader/.test(oracle.error)) return diffs;
  const ours = model.jails.map((j) => j.name);
  if (JSON.stringify(ours) !== JSON.stringify(oracle.order)) diffs.push(`jail order: ours ${ours.join(',')}, fail2ban ${oracle.order.join(',')}`);
  for (const name of oracle.order) {
    const o = oracle.jails[name];
    const j = model.jail(name);
    if (!o || !j) continue;
    for (const key of COMPARED) {
      const s = j.get(key);
      const ov = o.values[key];
      const mine = s.error ? 'ERROR' : s.text;
      const theirs = ov !== null && typeof ov === 'object' ? 'ERROR' : (ov ?? null);
      if (mine !== theirs) diffs.push(`[${name}] ${key}: ours ${JSON.stringify(mine)}, fail2ban ${JSON.stringify(theirs)}`);
    }
    if (!j.enabled.error && j.enabled.value !== (o.enabled && !oracle.error)) {
      if (!oracle.error) diffs.push(`[${name}] enabled: ours ${j.enabled.value}, fail2ban ${o.enabled}`);
    }
    for (const key of ['findtime', 'bantime'] as const) {
      if (!(key in o.seconds)) continue;
      const theirs = o.seconds[key] ?? null;
      const mine = j[key].value;
      if (theirs === null ? mine !== null : mine === null || Math.abs(mine - theirs) > 1e-6) diffs.push(`[${name}] ${key} seconds: ours ${mine}, fail2ban ${theirs}`);
    }
    if (o.actions === undefined || oracle.error) continue;
    if ((j.configError !== null) !== Boolean(o.configError)) diffs.push(`[${name}] config error: ours ${j.configError}, fail2ban ${o.configError}`);
    if (!o.started) continue;
    if (j.maxretry.value !== (o.maxretry ?? null)) diffs.push(`[${name}] maxretry: ours ${j.maxretry.value}, fail2ban ${o.maxretry}`);
    const mineActs = j.actions.value.map((a) => ({ name: a.name, file: a.file, params: a.params }));
    if (JSON.stringify(mineActs) !== JSON.stringify(o.actions)) diffs.push(`[${name}] actions: ours ${JSON.stringify(mineActs)}, fail2ban ${JSON.stringify(o.actions)}`);
  }
  return diffs;
}

function modelOf(files: Record<string, string>): Fail2banModel {
  const host: Record<string, string> = {};
  for (const [rel, text] of Object.entries(files)) host[`/etc/fail2ban/${rel}`] = text;
  const m = buildFail2banModel(memoryHostFs(host), { target: 'debian-12' });
  if (!m) throw new Error('no model');
  return m;
}

/** fail2ban files of a host tree, relative to its etc/fail2ban. */
function collect(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string, rel: string): void => {
    for (const name of readdirSync(d).sort()) {
      const p = path.join(d, name);
      const r = rel ? `${rel}/${name}` : name;
      if (statSync(p).isDirectory()) walk(p, r);
      else out[r] = readFileSync(p, 'utf8');
    }
  };
  walk(dir, '');
  return out;
}

function hostTrees(): { name: string; files: Record<string, string> }[] {
  const roots = ['fixtures/fail2ban', '../shared/corpus/fail2ban', '../shared/corpus/multi'];
  const out: { name: string; files: Record<string, string> }[] = [];
  for (const root of roots) {
    if (!existsSync(root)) continue;
    for (const name of readdirSync(root).sort()) {
      const etc = path.join(root, name, 'etc/fail2ban');
      if (existsSync(etc)) out.push({ name: `${root}/${name}`, files: collect(etc) });
    }
  }
  return out;
}

describe.skipIf(!available)('fail2ban jail resolution = fail2ban 1.0.2 (Configurator, as fail2ban-client -d)', () => {
  const scratch = scratchDir();
  afterAll(() => scratch.cleanup());

  it('fixtures and corpus host trees', () => {
    const trees = hostTrees();
    expect(trees.length).toBeGreaterThan(0);
    const dirs = trees.map((t) => makeTree(scratch.dir, t.files));
    const results = runOracle(dirs);
    const failures: string[] = [];
    trees.forEach((t, i) => {
      const d = compare(modelOf(t.files), results[i]!);
      if (d.length) failures.push(`${t.name}:\n  ${d.join('\n  ')}`);
    });
    expect(failures).toEqual([]);
  });

  it('600 generated jail trees (seeded)', () => {
    const trees = sampleTrees(20261125, 600);
    const dirs = trees.map((t) => makeTree(scratch.dir, t));
    const results = runOracle(dirs);
    const failures: string[] = [];
    let refused = 0;
    trees.forEach((t, i) => {
      const r = results[i]!;
      if (!r.ok) refused++;
      const d = compare(modelOf(t), r);
      if (d.length) failures.push(`${Object.entries(t).map(([f, x]) => `--- ${f}\n${x}`).join('')}  => ${d.join('\n  ')}`);
    });
    console.log(`fail2ban oracle: ${trees.length} trees, ${refused} refused by fail2ban, ${failures.length} differences`);
    expect(failures.slice(0, 5)).toEqual([]);
    // Both outcomes must be exercised for the comparison to mean something.
    expect(refused).toBeGreaterThan(10);
    expect(refused).toBeLessThan(trees.length - 10);
  });
});

describe.skipIf(!available)('the batch oracle agrees with fail2ban-client -d', () => {
  const scratch = scratchDir();
  afterAll(() => scratch.cleanup());

  it('accept/refuse of 40 generated trees equals the exit status of fail2ban-client -c DIR -d', () => {
    const trees = sampleTrees(7, 40);
    const dirs = trees.map((t) => makeTree(scratch.dir, t));
    const results = runOracle(dirs);
    const mismatches: string[] = [];
    let refused = 0;
    dirs.forEach((d, i) => {
      const rc = spawnSync('fail2ban-client', ['-c', d, '-d'], { encoding: 'utf8' }).status;
      if (rc !== 0) refused++;
      if ((rc === 0) !== results[i]!.ok) mismatches.push(`${JSON.stringify(trees[i])}: fail2ban-client rc ${rc}, batch ok ${results[i]!.ok}`);
      // And our model agrees with both.
      if (modelOf(trees[i]!).accepted !== (rc === 0)) mismatches.push(`${JSON.stringify(trees[i])}: model accepted ${!(rc === 0)}`);
    });
    expect(mismatches).toEqual([]);
    expect(refused).toBeGreaterThan(3);
  });
});
