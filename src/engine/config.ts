import { isMap, isPair, isScalar, LineCounter, parseDocument } from 'yaml';
import type { Document } from 'yaml';
import { z } from 'zod';
import { TARGET_NAMES } from '../model/targets.js';
import { PRESET_NAMES } from './presets.js';

export const RULE_LEVELS = ['off', 'note', 'warning', 'error'] as const;
export type RuleLevel = (typeof RULE_LEVELS)[number];

const level = z.enum(RULE_LEVELS).describe('off, or the severity findings of this rule get');
const ruleSetting = z
  .union([level, z.tuple([level]), z.tuple([level, z.unknown()])])
  .describe('A level, or [level, options] where options are validated against the rule');
const ruleMap = z.record(z.string(), ruleSetting).describe('Rule id → level or [level, options]');
const globs = z.array(z.string()).describe('Globs relative to the folder of this file');
const target = z.enum(TARGET_NAMES).describe('The OS release hosts are modelled as (sshd defaults, versions)');
const presetName = z.enum(PRESET_NAMES);

export const configSchema = z
  .strictObject({
    $schema: z.string().optional().describe('Path or URL of this JSON Schema, for editors'),
    extends: z
      .union([presetName, z.array(presetName)])
      .optional()
      .describe('Presets to start from (default: recommended). [] starts from nothing'),
    rules: ruleMap.optional(),
    include: globs.optional().describe('Only lint files matching these globs'),
    exclude: globs.optional().describe('Never lint files matching these globs (added to .gitignore)'),
    target: target.optional(),
    plugins: z
      .array(z.string())
      .optional()
      .describe('Rule plugins: a path relative to this file (./my-rules) or an npm package name'),
    overrides: z
      .array(
        z.strictObject({
          files: z.array(z.string()).min(1).describe('Globs matched against host folders and file paths'),
          target: target.optional(),
          rules: ruleMap.optional(),
        }),
      )
      .optional()
      .describe('Settings for the hosts whose folder or files match `files`; later entries win'),
    sshd: z
      .strictObject({
        files: globs.describe('Extra file names that are sshd_config files (each one is its own host)'),
      })
      .optional(),
  })
  .describe('sshlint configuration (.sshlint.yml)');

export type Config = z.output<typeof configSchema>;
export type ConfigInput = z.input<typeof configSchema>;
export type RuleSetting = z.output<typeof ruleSetting>;

/** A bad `.sshlint.yml` or a bad setting: the CLI prints it as one line and exits 2. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(
    readonly detail: string,
    readonly file?: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(file === undefined ? detail : `${file}${line === undefined ? '' : `:${line}:${column ?? 1}`}: ${detail}`);
  }
}

/** A path into the config document; a trailing `{ key }` means the key itself rather than its value. */
export type ConfigPath = readonly (string | number | { readonly key: string })[];

export interface LoadedConfig {
  /** How to name the file in messages (repo-relative path), or undefined for defaults. */
  readonly file: string | undefined;
  /** Repo-relative folder the globs are relative to ('' = repo root). */
  readonly dir: string;
  /** Absolute folder of the file on disk, for resolving plugins; undefined in memory. */
  readonly diskDir: string | undefined;
  readonly data: Config;
  /** Line and column (1-based) of a value inside the file, for errors found after parsing (rule options). */
  locate(path: ConfigPath): { line: number; column: number } | undefined;
  /** A ConfigError pointing at `path`. */
  error(detail: string, path: ConfigPath): ConfigError;
}

/** Parse and validate `.sshlint.yml` text. Throws ConfigError with the line and column of the first problem. */
export function parseConfigText(text: string, file: string, dir: string, diskDir?: string): LoadedConfig {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const firstError = doc.errors[0];
  if (firstError) {
    const pos = lineCounter.linePos(firstError.pos[0]);
    throw new ConfigError(`invalid YAML: ${firstError.message.split('\n')[0] ?? ''}`, file, pos.line, pos.col);
  }
  const raw: unknown = doc.toJS() ?? {};
  const locate = (path: ConfigPath): { line: number; column: number } | undefined => locateIn(doc, lineCounter, path);
  const error = (detail: string, path: ConfigPath): ConfigError => {
    const at = locate(path);
    return new ConfigError(detail, file, at?.line ?? 1, at?.column ?? 1);
  };
  const parsed = configSchema.safeParse(raw);
  if (!parsed.success) throw zodConfigError(parsed.error, error);
  return { file, dir, diskDir, data: parsed.data, locate, error };
}

/** A config given as an object (tests, the Action). Errors carry the path instead of a line. */
export function configFromObject(input: ConfigInput, dir = '', name = '(configuration)'): LoadedConfig {
  const error = (detail: string, path: ConfigPath): ConfigError => {
    const shown = path.map((p) => (typeof p === 'object' ? p.key : String(p))).join('.');
    return new ConfigError(shown ? `${shown}: ${detail}` : detail, name);
  };
  const parsed = configSchema.safeParse(input);
  if (!parsed.success) throw zodConfigError(parsed.error, error);
  return { file: undefined, dir, diskDir: undefined, data: parsed.data, locate: () => undefined, error };
}

function zodConfigError(err: z.ZodError, error: LoadedConfig['error']): ConfigError {
  const issue = err.issues[0];
  if (!issue) return error('invalid configuration', []);
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0] ?? '';
    return error(`unknown key "${key}"${hintFor(path)}`, [...path, { key }]);
  }
  return error(`${path.length ? `${path.join('.')}: ` : ''}${issue.message}`, path);
}

function hintFor(path: readonly (string | number)[]): string {
  if (path.length === 0) return ' (allowed: extends, rules, include, exclude, target, plugins, overrides, sshd)';
  return '';
}

/** Position of the value at `path`; a trailing `{ key }` element points at that key of a map instead. */
function locateIn(doc: Document, lineCounter: LineCounter, path: ConfigPath): { line: number; column: number } | undefined {
  const last = path[path.length - 1];
  const plain = (p: ConfigPath): (string | number)[] => p.filter((x): x is string | number => typeof x !== 'object');
  let offset: number | undefined;
  if (typeof last === 'object') {
    const parent = path.length > 1 ? doc.getIn(plain(path.slice(0, -1)), true) : doc.contents;
    if (isMap(parent)) {
      const pair = parent.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(last.key));
      if (pair && isScalar(pair.key)) offset = pair.key.range?.[0];
    }
  } else {
    // Walk up until some ancestor exists: a missing key is reported at its parent.
    for (let n = path.length; n >= 0 && offset === undefined; n--) {
      const node: unknown = n === 0 ? doc.contents : doc.getIn(plain(path.slice(0, n)), true);
      if (node && typeof node === 'object' && 'range' in node) {
        const r = (node as { range?: [number, number, number] | null }).range;
        if (r) offset = r[0];
      }
    }
  }
  if (offset === undefined) return undefined;
  const pos = lineCounter.linePos(offset);
  return { line: pos.line, column: pos.col };
}

export const CONFIG_FILE_NAMES = ['.sshlint.yml', '.sshlint.yaml'] as const;

/** The JSON Schema of `.sshlint.yml` (shipped as schema/sshlint.schema.json for editors). */
export function configJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(configSchema, { target: 'draft-2020-12', io: 'input' }),
    $id: 'https://raw.githubusercontent.com/sshlint/sshlint/main/schema/sshlint.schema.json',
    title: 'sshlint configuration',
  };
}
