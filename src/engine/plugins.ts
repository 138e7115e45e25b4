import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import type { LoadedConfig } from './config.js';
import type { RuleDefinition } from './define-rule.js';
import { RULE_FAMILIES } from './define-rule.js';
import { PRESET_NAMES } from './presets.js';

/** Where each plugin rule's Markdown doc lives (absolute path) and, optionally, its public URL. */
export type PluginDocs = ReadonlyMap<string, { readonly path: string; readonly url?: string }>;

const severity = z.enum(['error', 'warning', 'note']);

const ruleMetaSchema = z.object({
  description: z.string().min(1),
  severity,
  tags: z.array(z.enum(['security', 'cis', 'stig', 'devsec', 'lockout', 'crypto', 'correctness', 'style'])),
  status: z.enum(['stable', 'preview', 'deprecated']),
  presets: z.array(z.enum(PRESET_NAMES)),
  references: z.array(z.object({ title: z.string(), url: z.string() })),
  anchors: z.record(z.string(), z.array(z.string())).optional(),
  precision: z.enum(['very-high', 'high', 'medium', 'low']),
  securitySeverity: z.number().min(0).max(10).optional(),
});

/** What a plugin rule must look like: the same shape as a built-in rule, checked because plugins are plain JS. */
export function pluginRuleSchema(pluginName: string) {
  return z.object({
    id: z
      .string()
      .refine((id) => id.startsWith(`${pluginName}/`) && /^[a-z0-9-]+\/[a-z0-9-]+$/.test(id), {
        message: `rule ids must be "${pluginName}/<name>" in lowercase kebab-case`,
      }),
    meta: ruleMetaSchema,
    // Duck-typed: a plugin may bring its own copy of zod.
    options: z
      .custom<z.ZodType>((v) => typeof v === 'object' && v !== null && typeof (v as { safeParse?: unknown }).safeParse === 'function', {
        message: 'options must be a zod schema',
      })
      .optional(),
    messages: z.record(z.string(), z.string()).refine((m) => Object.keys(m).length > 0, { message: 'a rule needs at least one message' }),
    check: z.custom<(ctx: unknown) => void>((v) => typeof v === 'function', { message: 'check must be a function' }),
  });
}

const pluginSchema = z.object({
  name: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]*$/, 'a plugin name is lowercase kebab-case')
    .refine((n) => !(RULE_FAMILIES as readonly string[]).includes(n), { message: 'this name is reserved for built-in rules' }),
  rules: z.array(z.unknown()).min(1),
  /** Base URL of the rule docs (`<docsUrl>/<rule name>.md`); default: none, and `explain` reads the local file. */
  docsUrl: z.string().optional(),
});

/**
 * Load `plugins:` entries: a path relative to the config file (a folder or a .js file) or an npm package name
 * resolved from the config file's folder. A plugin default-exports `{ name, rules, docsUrl? }`; its docs live in
 * `docs/<rule name>.md` next to its entry module.
 */
export async function loadPlugins(
  specs: readonly string[],
  baseDir: string,
  loaded: LoadedConfig,
  builtins: readonly RuleDefinition[],
): Promise<{ rules: RuleDefinition[]; docs: PluginDocs }> {
  const rules: RuleDefinition[] = [];
  const docs = new Map<string, { path: string; url?: string }>();
  const seen = new Set(builtins.map((r) => r.id));
  for (const [index, spec] of specs.entries()) {
    const fail = (detail: string): Error => loaded.error(`plugin "${spec}": ${detail}`, ['plugins', index]);
    const entry = resolvePlugin(spec, baseDir);
    if (entry === undefined) throw fail('cannot be found (a path is relative to the configuration file; a package must be installed)');
    let mod: unknown;
    try {
      mod = await import(pathToFileURL(entry).href);
    } catch (err) {
      throw fail(`cannot be loaded: ${err instanceof Error ? err.message : String(err)}`);
    }
    const exported = (mod as { default?: unknown }).default;
    const plugin = pluginSchema.safeParse(exported);
    if (!plugin.success) throw fail(`its default export is not a plugin: ${describe(plugin.error)}`);
    const ruleSchema = pluginRuleSchema(plugin.data.name);
    for (const [i, raw] of plugin.data.rules.entries()) {
      const checked = ruleSchema.safeParse(raw);
      if (!checked.success) throw fail(`rules[${i}] is not a valid rule: ${describe(checked.error)}`);
      const rule = raw as RuleDefinition;
      if (seen.has(rule.id)) throw fail(`rule id "${rule.id}" is defined twice`);
      seen.add(rule.id);
      rules.push(rule);
      const name = rule.id.slice(plugin.data.name.length + 1);
      docs.set(rule.id, {
        path: path.join(path.dirname(entry), 'docs', `${name}.md`),
        ...(plugin.data.docsUrl ? { url: `${plugin.data.docsUrl.replace(/\/$/, '')}/${name}.md` } : {}),
      });
    }
  }
  return { rules, docs };
}

function describe(err: z.ZodError): string {
  const issue = err.issues[0];
  if (!issue) return 'invalid';
  return `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`;
}

/** The entry module of a plugin, or undefined. */
export function resolvePlugin(spec: string, baseDir: string): string | undefined {
  if (spec.startsWith('.') || path.isAbsolute(spec)) return entryOf(path.resolve(baseDir, spec));
  let dir = path.resolve(baseDir);
  for (;;) {
    const candidate = path.join(dir, 'node_modules', ...spec.split('/'));
    if (existsSync(candidate)) return entryOf(candidate);
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** A .js file as is; a folder through its package.json (`exports` string or `.`, else `main`), else index.js. */
function entryOf(target: string): string | undefined {
  let st;
  try {
    st = statSync(target);
  } catch {
    return undefined;
  }
  if (st.isFile()) return target;
  let main = 'index.js';
  try {
    const pkg = JSON.parse(readFileSync(path.join(target, 'package.json'), 'utf8')) as { exports?: unknown; main?: unknown };
    const exp = pkg.exports;
    const dot = typeof exp === 'object' && exp !== null ? (exp as Record<string, unknown>)['.'] : exp;
    const fromExports = typeof dot === 'string' ? dot : typeof dot === 'object' && dot !== null ? (dot as Record<string, unknown>).import ?? (dot as Record<string, unknown>).default : undefined;
    if (typeof fromExports === 'string') main = fromExports;
    else if (typeof pkg.main === 'string') main = pkg.main;
  } catch {
    // No package.json: index.js.
  }
  const file = path.join(target, main);
  return existsSync(file) ? file : undefined;
}
