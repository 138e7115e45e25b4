import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { builtinRules } from '../../rules/index.js';
import { cachedHostFs, diskHostFs, isInside, memoryHostFs, toPosix } from '../discover/host-fs.js';
import { findGitRoot, walkRepo } from '../discover/walk.js';
import type { Severity } from '../model/finding.js';
import type { ConfigInput, LoadedConfig } from './config.js';
import { CONFIG_FILE_NAMES, ConfigError, configFromObject, parseConfigText } from './config.js';
import type { RuleDefinition } from './define-rule.js';
import { DEFAULT_RUN_SETTINGS, lintRepo } from './lint.js';
import { loadPlugins } from './plugins.js';
import type { PluginDocs } from './plugins.js';
import type { ResolvedConfig } from './resolve.js';
import { resolveConfig } from './resolve.js';
import type { LintResult } from './result.js';

export interface RunLintOptions {
  /** Folder the paths (and `--config`) are relative to. */
  readonly cwd: string;
  /** Files or folders to lint; default `['.']`. */
  readonly paths: readonly string[];
  /** Path of a `.sshlint.yml` (relative to cwd); default: looked up from the first path up to the repo root, then cwd. */
  readonly config?: string;
  readonly target?: string;
  /** `--rule id=level`: wins over the config file. */
  readonly rules?: Readonly<Record<string, 'off' | Severity>>;
  /** Load `plugins:` from the config (default true). */
  readonly plugins?: boolean;
  /** `--ssh-port`: the sshd port assumed for hosts without an sshd config. */
  readonly sshPort?: number;
}

export interface RunLintOutput {
  readonly result: LintResult;
  readonly config: ResolvedConfig;
  /** Absolute folder the result's paths are relative to (the git top-level, or cwd). */
  readonly repoRoot: string;
  /** Docs of plugin rules (built-in docs come from src/engine/docs.ts). */
  readonly pluginDocs: PluginDocs;
}

export interface RunConfig {
  readonly config: ResolvedConfig;
  readonly repoRoot: string;
  /** Absolute paths to lint. */
  readonly paths: readonly string[];
  readonly pluginDocs: PluginDocs;
}

/** Find the repo root and the config, load plugins and resolve rule settings (what `lint` and `rules` share). */
export async function loadRunConfig(options: Omit<RunLintOptions, 'sshPort'>): Promise<RunConfig> {
  const cwd = path.resolve(options.cwd);
  const paths = (options.paths.length ? options.paths : ['.']).map((p) => path.resolve(cwd, p));
  const repoRoot = findGitRoot(cwd) ?? (paths[0] !== undefined ? findGitRoot(paths[0]) : undefined) ?? cwd;
  for (const p of paths) {
    if (!isInside(repoRoot, p)) throw new ConfigError(`${p} is outside the repository root ${repoRoot}; run sshlint from inside the repository`);
    if (!existsSync(p)) throw new ConfigError(`no such file or folder: ${toPosix(path.relative(cwd, p)) || '.'}`);
  }
  const configFile = options.config !== undefined ? path.resolve(cwd, options.config) : findConfig(paths[0] ?? cwd, repoRoot, cwd);
  const loaded = configFile !== undefined ? loadConfigFile(configFile, repoRoot) : configFromObject({});
  const plugins =
    options.plugins === false || !loaded.data.plugins?.length
      ? { rules: [], docs: new Map() }
      : await loadPlugins(loaded.data.plugins, loaded.diskDir ?? cwd, loaded, builtinRules);
  const config = resolveConfig(loaded, [...builtinRules, ...plugins.rules], { target: options.target, rules: options.rules });
  return { config, repoRoot, paths, pluginDocs: plugins.docs };
}

/** Lint files on disk: the CLI and the Action call this. Throws ConfigError for a bad config or argument. */
export async function runLint(options: RunLintOptions): Promise<RunLintOutput> {
  const { config, repoRoot, paths, pluginDocs } = await loadRunConfig(options);
  const walk = walkRepo(repoRoot, paths);
  const result = lintRepo(
    { fs: cachedHostFs(diskHostFs(repoRoot, repoRoot, { memoizeListings: true })), files: walk.files, explicit: walk.explicit },
    config,
    { ...DEFAULT_RUN_SETTINGS, ...(options.sshPort !== undefined ? { sshPort: options.sshPort } : {}) },
  );
  return { result, config, repoRoot, pluginDocs };
}

/** `.sshlint.yml` / `.sshlint.yaml` in the first path's folder or its ancestors up to the repo root, else in cwd. */
export function findConfig(firstPath: string, repoRoot: string, cwd: string): string | undefined {
  let dir = isDirectory(firstPath) ? firstPath : path.dirname(firstPath);
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) if (existsSync(path.join(dir, name))) return path.join(dir, name);
    if (dir === repoRoot || !isInside(repoRoot, dir)) break;
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  for (const name of CONFIG_FILE_NAMES) if (existsSync(path.join(cwd, name))) return path.join(cwd, name);
  return undefined;
}

function loadConfigFile(file: string, repoRoot: string): LoadedConfig {
  const display = isInside(repoRoot, file) ? toPosix(path.relative(repoRoot, file)) : file;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new ConfigError('cannot read the configuration file', display);
  }
  const dirAbs = path.dirname(file);
  const dir = isInside(repoRoot, dirAbs) ? toPosix(path.relative(repoRoot, dirAbs)) : '';
  return parseConfigText(text.replace(/^\uFEFF/, ''), display, dir, dirAbs);
}

function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

export interface LintFilesOptions {
  /** `.sshlint.yml` text or object; default: the `.sshlint.yml` among `files`, else the defaults. */
  readonly config?: ConfigInput | string;
  readonly target?: string;
  readonly rules?: Readonly<Record<string, 'off' | Severity>>;
  /** The rules that exist for this run (default: the built-in rules). Plugins are not loaded in memory. */
  readonly ruleSet?: readonly RuleDefinition[];
  readonly sshPort?: number;
}

/** Lint an in-memory repo (repo path → text): the same pipeline as runLint, for tests and the rule tester. */
export function lintFiles(files: Readonly<Record<string, string>>, options: LintFilesOptions = {}): { result: LintResult; config: ResolvedConfig } {
  const ruleSet = options.ruleSet ?? builtinRules;
  const configText = options.config ?? files['.sshlint.yml'] ?? files['.sshlint.yaml'];
  const loaded =
    configText === undefined
      ? configFromObject({})
      : typeof configText === 'string'
        ? parseConfigText(configText, '.sshlint.yml', '')
        : configFromObject(configText);
  const config = resolveConfig(loaded, ruleSet, { target: options.target, rules: options.rules });
  const view = memoryHostFs(Object.fromEntries(Object.entries(files).map(([p, t]) => [`/${p}`, t])));
  const paths = Object.keys(files).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const result = lintRepo({ fs: view, files: paths, explicit: new Set() }, config, {
    ...DEFAULT_RUN_SETTINGS,
    ...(options.sshPort !== undefined ? { sshPort: options.sshPort } : {}),
  });
  return { result, config };
}
