import { z } from 'zod';
import { TARGET_NAMES } from '../model/targets.js';

/** The Action's inputs after parsing: what action.yml declares, with the defaults it documents. */
export interface ActionInputs {
  readonly paths: readonly string[];
  readonly config?: string;
  readonly target?: string;
  readonly failOn: 'error' | 'warning' | 'note' | 'never';
  /** Where the SARIF file goes (relative to the workspace); always written, even with no findings. */
  readonly sarifFile: string;
  readonly annotations: boolean;
  readonly category?: string;
}

/** The defaults action.yml declares, repeated so the bundle behaves the same when run by hand. */
export const DEFAULT_SARIF_FILE = 'sshlint.sarif';

/** Reads one input as the runner passes it (`INPUT_<NAME>`, hyphens kept); '' when unset. */
export type InputReader = (name: string) => string;

/**
 * One path per line when the input has several lines (so a path may contain spaces);
 * otherwise whitespace-separated. Empty means the workspace.
 */
export function splitPaths(raw: string): string[] {
  const text = raw.trim();
  if (text === '') return ['.'];
  const parts = text.includes('\n') ? text.split(/\r?\n/) : text.split(/\s+/);
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}

/** An empty input means "not given": config-file values must win over an unset input. */
const optional = z
  .string()
  .transform((s) => s.trim())
  .transform((s) => (s === '' ? undefined : s));

/** YAML 1.2 core-schema booleans, as `core.getBooleanInput` accepts them (but with a clear error). */
const boolean = (fallback: boolean): z.ZodType<boolean, string> =>
  z
    .string()
    .transform((s) => s.trim())
    .pipe(z.enum(['', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE'], { error: 'must be true or false' }))
    .transform((s) => (s === '' ? fallback : s.toLowerCase() === 'true'));

const schema = z.object({
  path: z.string().transform(splitPaths),
  config: optional,
  target: optional.pipe(
    z.enum(TARGET_NAMES, { error: `must be one of ${TARGET_NAMES.join(', ')}` }).optional(),
  ),
  'fail-on': z
    .string()
    .transform((s) => s.trim().toLowerCase() || 'error')
    .pipe(z.enum(['error', 'warning', 'note', 'never'], { error: 'must be error, warning, note or never' })),
  'sarif-file': z.string().transform((s) => s.trim() || DEFAULT_SARIF_FILE),
  annotations: boolean(true),
  category: optional,
});

const NAMES = ['path', 'config', 'target', 'fail-on', 'sarif-file', 'annotations', 'category'] as const;

export type InputsResult = { readonly ok: true; readonly inputs: ActionInputs } | { readonly ok: false; readonly message: string };

/** Parse every input; a bad one gives a one-line message naming the input. */
export function parseInputs(read: InputReader): InputsResult {
  const raw = Object.fromEntries(NAMES.map((name) => [name, read(name)]));
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = issue?.path[0];
    const value = typeof name === 'string' ? raw[name] : undefined;
    return { ok: false, message: `input ${String(name)}${value !== undefined ? ` (${JSON.stringify(value)})` : ''} ${issue?.message ?? 'is invalid'}` };
  }
  const d = parsed.data;
  return {
    ok: true,
    inputs: {
      paths: d.path,
      failOn: d['fail-on'],
      sarifFile: d['sarif-file'],
      annotations: d.annotations,
      ...(d.config !== undefined ? { config: d.config } : {}),
      ...(d.target !== undefined ? { target: d.target } : {}),
      ...(d.category !== undefined ? { category: d.category } : {}),
    },
  };
}
