import picomatch from 'picomatch';
import type { Severity } from '../model/finding.js';
import type { TargetName } from '../model/targets.js';
import { DEFAULT_TARGET, isTargetName, TARGET_NAMES } from '../model/targets.js';
import type { ConfigPath, LoadedConfig, RuleLevel, RuleSetting } from './config.js';
import { ConfigError } from './config.js';
import type { PresetName, RuleDefinition } from './define-rule.js';
import { DEFAULT_PRESETS, expandPresets, PRESET_OVERRIDES } from './presets.js';
import type { PresetRuleSetting } from './presets.js';

export interface EnabledRule {
  readonly rule: RuleDefinition;
  readonly severity: Severity;
  readonly options: unknown;
}

export interface HostSettings {
  readonly target: TargetName;
  /** Enabled rules for this host, in id order. */
  readonly rules: readonly EnabledRule[];
}

/** Command-line settings that win over the file (except per-path overrides of `target`). */
export interface CliSettings {
  readonly target?: string;
  readonly rules?: Readonly<Record<string, RuleLevel>>;
}

export interface ResolvedConfig {
  /** Repo-relative path of the config file, or undefined when none was found. */
  readonly file: string | undefined;
  readonly presets: readonly PresetName[];
  /** Every known rule (built-in and plugins), in id order. */
  readonly knownRules: readonly RuleDefinition[];
  /** Rules enabled anywhere in this run (base config or any override), in id order. */
  readonly enabledRules: readonly RuleDefinition[];
  /** Severity per enabled rule id in the base config (overrides may differ per host). */
  readonly severities: Readonly<Record<string, Severity>>;
  /** Does a repo path pass `include` / `exclude`? */
  readonly selects: (repoPath: string) => boolean;
  /** Is this repo path a standalone sshd config by `sshd.files`? */
  readonly isSshdName: (repoPath: string) => boolean;
  /** Settings for one host, from its root and file paths. */
  settingsFor(hostRoot: string, files: readonly string[]): HostSettings;
}

interface Entry {
  level: RuleLevel;
  options: unknown;
}

/** Merge presets, the file's `rules`, per-path `overrides` and the command line into per-host rule settings. */
export function resolveConfig(loaded: LoadedConfig, knownRules: readonly RuleDefinition[], cli: CliSettings = {}): ResolvedConfig {
  const data = loaded.data;
  const byId = new Map(knownRules.map((r) => [r.id, r]));
  const sorted = [...knownRules].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  const presetsRaw = data.extends === undefined ? DEFAULT_PRESETS : typeof data.extends === 'string' ? [data.extends] : data.extends;
  const presets = expandPresets(presetsRaw);

  if (cli.target !== undefined && !isTargetName(cli.target))
    throw new ConfigError(`unknown target "${cli.target}" (known: ${TARGET_NAMES.join(', ')})`, '--target');

  const base = new Map<string, Entry>();
  for (const rule of sorted) {
    // A deprecated rule stays available but only runs when `rules` names it.
    if (rule.meta.status !== 'deprecated' && rule.meta.presets.some((p) => presets.includes(p)))
      base.set(rule.id, { level: rule.meta.severity, options: undefined });
  }
  for (const preset of presets) {
    for (const [id, setting] of Object.entries(PRESET_OVERRIDES[preset])) {
      const rule = byId.get(id);
      // Only tune what the preset enables; test/meta keeps these entries in step with the registry.
      if (!rule || !base.has(id)) continue;
      if (setting.options !== undefined && rule.options?.safeParse(setting.options).success !== true) continue;
      apply(base, rule, presetSetting(rule, setting), () => new Error(`preset ${preset}: invalid options for ${id}`));
    }
  }
  applyRuleMap(base, data.rules, ['rules'], byId, loaded);

  const overrides = (data.overrides ?? []).map((o, i) => {
    const matchers = o.files.map((g) => picomatch(g, { dot: true }));
    return { index: i, target: o.target, rules: o.rules, matches: (p: string) => matchers.some((m) => m(p)) };
  });
  // Validate every override's rules once, up front, so errors surface even if no host matches.
  for (const o of overrides) applyRuleMap(new Map(base), o.rules, ['overrides', o.index, 'rules'], byId, loaded);

  const cliRules = cli.rules ?? {};
  for (const id of Object.keys(cliRules)) {
    if (!byId.has(id)) throw new ConfigError(`unknown rule "${id}"${suggest(id, sorted)}`, '--rule');
  }

  const relToConfig = (repoPath: string): string | undefined => {
    if (loaded.dir === '') return repoPath;
    if (repoPath === loaded.dir) return '';
    return repoPath.startsWith(`${loaded.dir}/`) ? repoPath.slice(loaded.dir.length + 1) : undefined;
  };
  const matcher = (globs: readonly string[] | undefined): ((p: string) => boolean) | undefined => {
    if (!globs || globs.length === 0) return undefined;
    const ms = globs.map((g) => picomatch(g, { dot: true }));
    return (p) => {
      const rel = relToConfig(p);
      return rel !== undefined && ms.some((m) => m(rel));
    };
  };
  const include = matcher(data.include);
  const exclude = matcher(data.exclude);
  const sshdNames = matcher(data.sshd?.files);

  const finish = (entries: Map<string, Entry>): EnabledRule[] => {
    for (const [id, level] of Object.entries(cliRules)) {
      const prior = entries.get(id);
      entries.set(id, { level, options: prior?.options });
    }
    const out: EnabledRule[] = [];
    for (const rule of sorted) {
      const e = entries.get(rule.id);
      if (!e || e.level === 'off') continue;
      out.push({ rule, severity: e.level, options: parseOptions(rule, e.options) });
    }
    return out;
  };

  const baseRules = finish(new Map(base));
  const enabled = new Map(baseRules.map((r) => [r.rule.id, r.rule]));
  for (const o of overrides) {
    const m = new Map(base);
    applyRuleMap(m, o.rules, ['overrides', o.index, 'rules'], byId, loaded);
    for (const r of finish(m)) enabled.set(r.rule.id, r.rule);
  }

  const fileTarget = data.target;
  return {
    file: loaded.file,
    presets,
    knownRules: sorted,
    enabledRules: sorted.filter((r) => enabled.has(r.id)),
    severities: Object.fromEntries(baseRules.map((r) => [r.rule.id, r.severity])),
    selects: (p) => (!include || include(p)) && !(exclude && exclude(p)),
    isSshdName: (p) => sshdNames?.(p) ?? false,
    settingsFor(hostRoot, files) {
      const candidates = [hostRoot, `${hostRoot}/`, ...files].map(relToConfig).filter((p): p is string => p !== undefined);
      const matching = overrides.filter((o) => candidates.some((c) => o.matches(c)));
      if (matching.length === 0) return { target: pickTarget(undefined), rules: baseRules };
      const m = new Map(base);
      let overrideTarget: TargetName | undefined;
      for (const o of matching) {
        applyRuleMap(m, o.rules, ['overrides', o.index, 'rules'], byId, loaded);
        if (o.target) overrideTarget = o.target;
      }
      return { target: pickTarget(overrideTarget), rules: finish(m) };
    },
  };

  function pickTarget(overrideTarget: TargetName | undefined): TargetName {
    if (overrideTarget) return overrideTarget;
    if (cli.target !== undefined && isTargetName(cli.target)) return cli.target;
    return fileTarget ?? DEFAULT_TARGET;
  }
}

function applyRuleMap(
  into: Map<string, Entry>,
  rules: Readonly<Record<string, RuleSetting>> | undefined,
  at: ConfigPath,
  byId: ReadonlyMap<string, RuleDefinition>,
  loaded: LoadedConfig,
): void {
  if (!rules) return;
  for (const [id, setting] of Object.entries(rules)) {
    const rule = byId.get(id);
    if (!rule) throw loaded.error(`unknown rule "${id}"${suggest(id, [...byId.values()])}`, [...at, { key: id }]);
    const s = typeof setting === 'string' ? { level: setting, options: undefined, hasOptions: false } : { level: setting[0], options: setting[1], hasOptions: setting.length > 1 };
    apply(into, rule, s, (detail) => loaded.error(`${id}: ${detail.message}`, [...at, id, 1, ...detail.path]));
  }
}

function apply(
  into: Map<string, Entry>,
  rule: RuleDefinition,
  setting: { level: RuleLevel; options: unknown; hasOptions: boolean },
  fail: (problem: OptionsProblem) => Error,
): void {
  const prior = into.get(rule.id);
  if (!setting.hasOptions) {
    into.set(rule.id, { level: setting.level, options: prior?.options });
    return;
  }
  if (!rule.options) throw fail({ message: 'this rule takes no options', path: [] });
  const parsed = rule.options.safeParse(setting.options);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = (issue?.path ?? []).filter((p): p is string | number => typeof p !== 'symbol');
    throw fail({ message: `${path.length ? `${path.join('.')}: ` : ''}${issue?.message ?? 'invalid options'}`, path });
  }
  into.set(rule.id, { level: setting.level, options: setting.options });
}

/** What is wrong with a rule's options, and where inside them. */
interface OptionsProblem {
  readonly message: string;
  readonly path: readonly (string | number)[];
}

function presetSetting(rule: RuleDefinition, s: PresetRuleSetting): { level: RuleLevel; options: unknown; hasOptions: boolean } {
  return { level: s.severity ?? rule.meta.severity, options: s.options, hasOptions: s.options !== undefined };
}

/** The rule's options after its schema's defaults: from the config, else from an empty object. */
export function parseOptions(rule: RuleDefinition, options: unknown): unknown {
  if (!rule.options) return undefined;
  if (options !== undefined) return rule.options.parse(options);
  const none = rule.options.safeParse(undefined);
  if (none.success) return none.data;
  return rule.options.parse({});
}

function suggest(id: string, rules: readonly RuleDefinition[]): string {
  const name = id.split('/').pop() ?? id;
  const close = rules.find((r) => r.id.endsWith(`/${name}`) || r.id.includes(name));
  return close ? ` (did you mean "${close.id}"?)` : '';
}
