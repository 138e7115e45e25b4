import type { IniEntry } from '../../parsers/fail2ban/ini.js';
import { pyStrip } from '../../parsers/fail2ban/ini.js';
import type { Location } from '../position.js';
import type { FileSource, IncludeMemo, MergedConfig } from './config-set.js';
import { candidateFiles, readMerged } from './config-set.js';
import type { Interpolated } from './interpolate.js';
import { describeInterpolationError, getInterpolated } from './interpolate.js';
import { asBool, extractOptions, splitWithOptions, splitWords } from './options.js';
import type { PortSpec } from './ports.js';
import { parsePortSpec } from './ports.js';
import { BASEDIR } from './source.js';
import { timeToSeconds } from './time.js';
import type { Fail2banAction, Fail2banDiagnostic, Fail2banFilter, Fail2banJail, Setting } from './types.js';

/**
 * Jail resolution, in the order fail2ban's JailReader works: `enabled`, `backend` and `filter` of every
 * jail; for enabled jails the filter file, then every other option, then each action file. An
 * interpolation error in an option fail2ban reads refuses the whole configuration; a missing filter or
 * action file skips the jail. Disabled jails are resolved too (for print-config) but their errors are
 * not fail2ban's errors.
 */

/** Options JailReader reads for an enabled jail (its own and the filter options a jail may override). */
const ENABLED_JAIL_OPTIONS = [
  'maxretry', 'maxmatches', 'findtime', 'bantime', 'bantime.increment', 'bantime.factor', 'bantime.formula',
  'bantime.multipliers', 'bantime.maxtime', 'bantime.rndtime', 'bantime.overalljails', 'ignorecommand', 'ignoreself',
  'ignoreip', 'ignorecache', 'logtimezone', 'logencoding', 'logpath', 'action',
  'usedns', 'prefregex', 'ignoreregex', 'failregex', 'maxlines', 'datepattern', 'journalmatch',
] as const;

export interface JailContext {
  readonly cfg: MergedConfig;
  readonly source: FileSource;
  /** fail2ban's include memo, shared by every read of the host. */
  readonly includeMemo: IncludeMemo;
  readonly diagnostics: Fail2banDiagnostic[];
  /** Per filter name: whether its files exist (read once). */
  readonly filterCache: Map<string, boolean>;
  /** Per action file: its interpolated [Init] values, or null when the file does not exist. */
  readonly actionCache: Map<string, readonly (readonly [string, Interpolated])[] | null>;
}

export interface ResolvedJail {
  readonly jail: Fail2banJail;
  /** fail2ban would start it: enabled and no config error. */
  readonly started: boolean;
  readonly failed: boolean;
}

function errorLocation(r: Interpolated & { ok: false }): Location {
  return (r.error.entry ?? r.entry).location;
}

/** Python's int(): optional sign, digits with single underscores between them, surrounding spaces. */
export function pyInt(text: string): number | null {
  const t = pyStrip(text);
  return /^[+-]?\d+(?:_\d+)*$/.test(t) ? Number(t.replace(/_/g, '')) : null;
}

/** One jail's interpolated values, each computed once (module-level helpers: no closures per jail). */
interface JailReads {
  readonly ctx: JailContext;
  readonly name: string;
  readonly cache: Map<string, Interpolated | undefined>;
}

function readKey(j: JailReads, key: string): Interpolated | undefined {
  if (!j.cache.has(key)) j.cache.set(key, getInterpolated(j.ctx.cfg, j.name, key));
  return j.cache.get(key);
}

function settingOf<T>(j: JailReads, key: string, parse: (text: string) => T, fallback: T): Setting<T> {
  const r = readKey(j, key);
  if (!r) return { key, value: fallback, text: null, entry: null };
  if (!r.ok) return { key, value: fallback, text: null, entry: r.entry, error: r.error };
  return { key, value: parse(r.value), text: r.value, entry: r.entry };
}

function fatalRead(j: JailReads, key: string, enabledOnly: boolean, enabled: boolean): boolean {
  const r = readKey(j, key);
  if (!r || r.ok || (enabledOnly && !enabled)) return false;
  j.ctx.diagnostics.push({ severity: 'fatal', code: 'interpolation', message: describeInterpolationError(r.error), location: errorLocation(r), jail: j.name });
  return true;
}

const asText = (t: string): string => t;
const asTextOrNull = (t: string): string | null => t;
const asLogPaths = (t: string): readonly string[] => t.split('\n').map(logPathOnly).filter(Boolean);
const asSeconds = (t: string): number | null => timeToSeconds(t) ?? null;
const NO_WORDS: readonly string[] = [];

export function resolveJail(ctx: JailContext, name: string, headers: readonly { location: Location; shipped: boolean }[]): ResolvedJail {
  const j: JailReads = { ctx, name, cache: new Map() };
  const setting = <T>(key: string, parse: (text: string) => T, fallback: T): Setting<T> => settingOf(j, key, parse, fallback);
  const fatal = (key: string, enabledOnly: boolean, enabled: boolean): boolean => fatalRead(j, key, enabledOnly, enabled);

  const enabled = setting('enabled', asBool, false);
  const backend = setting('backend', asText, 'auto');
  const filterText = setting('filter', asText, '');
  let stop = false;
  for (const key of ['enabled', 'backend', 'filter']) stop = fatal(key, false, true) || stop;
  const isEnabled = enabled.value && !stop;

  let configError: string | null = null;
  const filterParsed = filterText.value ? extractOptions(filterText.value) : null;
  const filter: Setting<Fail2banFilter | null> = {
    ...filterText,
    value: filterParsed?.ok ? { name: filterParsed.group.name, mode: filterParsed.group.args.get('mode') ?? null, args: Object.fromEntries(filterParsed.group.args) } : null,
  };
  if (isEnabled && filterParsed) {
    if (!filterParsed.ok) configError = `Invalid filter definition ${JSON.stringify(filterText.value)}: ${filterParsed.message}`;
    else if (!filterExists(ctx, filterParsed.group.name)) {
      configError = `Unable to read the filter '${filterParsed.group.name}'`;
    }
  }
  if (isEnabled && configError === null) for (const key of ENABLED_JAIL_OPTIONS) stop = fatal(key, true, true) || stop;

  const actionsText = setting('action', asText, '');
  const actions = resolveActions(ctx, name, actionsText.value, isEnabled && configError === null && !stop);
  if (isEnabled && configError === null && actions.error) configError = actions.error;

  const logpath = setting('logpath', asLogPaths, NO_WORDS);
  const port = setting('port', asText, '');
  // Built on first use: most jails are never asked (about 90 jails per host, most disabled).
  let keys: Map<string, IniEntry> | undefined;
  const allKeys = (): Map<string, IniEntry> => {
    if (!keys) {
      keys = new Map<string, IniEntry>();
      for (const [k, e] of ctx.cfg.sections.get(name) ?? []) keys.set(k, e);
      for (const [k, e] of ctx.cfg.defaults) if (!keys.has(k)) keys.set(k, e);
    }
    return keys;
  };
  let ports: PortSpec | null | undefined;

  const userHeader = headers.find((h) => !h.shipped) ?? headers[0];
  const jail: Fail2banJail = {
    name,
    header: userHeader?.location ?? { file: '', range: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } } },
    headers: headers.map((h) => h.location),
    shippedOnly: headers.every((h) => h.shipped),
    enabled: { ...enabled, value: isEnabled },
    backend,
    filter,
    port,
    get ports() {
      if (ports === undefined) ports = port.text === null ? null : parsePortSpec(port.text);
      return ports;
    },
    protocol: setting('protocol', asText, ''),
    logpath,
    maxretry: setting('maxretry', pyInt, null),
    findtime: setting('findtime', asSeconds, null),
    bantime: setting('bantime', asSeconds, null),
    ignoreip: setting('ignoreip', splitWords, NO_WORDS),
    banaction: setting('banaction', asText, ''),
    actions: { ...actionsText, value: actions.list },
    get keys() {
      return allKeys();
    },
    configError,
    get: (key: string) => settingOf(j, key.toLowerCase(), asTextOrNull, null),
  };
  if (configError !== null) {
    ctx.diagnostics.push({ severity: 'error', code: 'jail-skipped', message: `fail2ban skips jail [${name}]: ${configError}`, location: jail.header, jail: name });
  }
  return { jail, started: isEnabled && configError === null && !stop, failed: isEnabled && configError !== null };
}

/** A logpath line may end in " head" or " tail" (where to start reading); fail2ban splits on the last space. */
function logPathOnly(line: string): string {
  const i = line.lastIndexOf(' ');
  return i < 0 ? line : line.slice(0, i);
}

function resolveActions(ctx: JailContext, jail: string, text: string, checkFiles: boolean): { list: Fail2banAction[]; error: string | null } {
  const list: Fail2banAction[] = [];
  let error: string | null = null;
  const items = splitWithOptions(text);
  if (items === null) return { list, error: 'the action value has so many unclosed [key=value] options that fail2ban would never finish reading it' };
  for (const item of items) {
    const act = item.trim();
    if (!act) continue;
    const parsed = extractOptions(act);
    if (!parsed.ok) {
      error ??= `Invalid action definition ${JSON.stringify(act)}: ${parsed.message}`;
      continue;
    }
    const file = parsed.group.name;
    const args = new Map(parsed.group.args);
    if (file.endsWith('.py')) {
      const actname = args.get('actname') ?? file.slice(0, -3);
      args.delete('actname');
      list.push({ name: actname, file, text: act, params: Object.fromEntries(args), found: true });
      continue;
    }
    const nameArg = args.get('name') ?? jail;
    if (!args.has('name')) args.set('name', nameArg);
    let actname = args.get('actname');
    if (actname === undefined) {
      actname = file;
      if (nameArg !== jail) actname += nameArg.startsWith(jail) ? nameArg.slice(jail.length) : `-${nameArg}`;
      args.set('actname', actname);
    }
    const init = actionInit(ctx, file);
    if (init) {
      if (checkFiles) {
        for (const [, r] of init) {
          if (!r.ok) ctx.diagnostics.push({ severity: 'fatal', code: 'interpolation', message: describeInterpolationError(r.error), location: errorLocation(r), jail });
        }
      }
    } else if (checkFiles) error ??= `Unable to read action '${file}'`;
    // Built on first use: the parameters of most actions (those of disabled jails) are never asked.
    let params: Readonly<Record<string, string>> | undefined;
    list.push({
      name: actname,
      file,
      text: act,
      get params() {
        return (params ??= actionParams(args, init));
      },
      found: init !== null,
    });
  }
  return { list, error };
}

/** The jail's `[key=value]` arguments, then the action's `[Init]` values it does not set. */
function actionParams(args: ReadonlyMap<string, string>, init: readonly (readonly [string, Interpolated])[] | null): Readonly<Record<string, string>> {
  const all = new Map(args);
  for (const [opt, r] of init ?? []) if (r.ok && !all.has(opt)) all.set(opt, r.value);
  return Object.fromEntries(all);
}

/** Reads a filter's files once (their syntax errors refuse the configuration, as in fail2ban); false when it has none. */
function filterExists(ctx: JailContext, name: string): boolean {
  let found = ctx.filterCache.get(name);
  if (found === undefined) {
    const files = candidateFiles(ctx.source, `${BASEDIR}/filter.d/${name}`);
    found = files.length > 0;
    if (found) {
      const cfg = readMerged(ctx.source, files, ctx.includeMemo);
      ctx.diagnostics.push(...cfg.diagnostics.map((d) => ({ severity: 'fatal' as const, code: d.code, message: d.message, location: d.location })));
    }
    ctx.filterCache.set(name, found);
  }
  return found;
}

/**
 * An action file's `[Init]` values, interpolated in the action's own files (they do not depend on the jail),
 * or null when the action file does not exist. fail2ban reads every one of them, even those a jail overrides.
 */
function actionInit(ctx: JailContext, file: string): readonly (readonly [string, Interpolated])[] | null {
  let init = ctx.actionCache.get(file);
  if (init === undefined) {
    const files = candidateFiles(ctx.source, `${BASEDIR}/action.d/${file}`);
    const cfg = files.length ? readMerged(ctx.source, files, ctx.includeMemo) : null;
    if (cfg) ctx.diagnostics.push(...cfg.diagnostics.map((d) => ({ severity: 'fatal' as const, code: d.code, message: d.message, location: d.location })));
    init = null;
    if (cfg) {
      const list: [string, Interpolated][] = [];
      for (const [opt] of cfg.sections.get('Init') ?? []) {
        if (opt === '__name__' || opt.startsWith('known/')) continue;
        const r = getInterpolated(cfg, 'Init', opt);
        if (r) list.push([opt, r]);
      }
      init = list;
    }
    ctx.actionCache.set(file, init);
  }
  return init;
}
