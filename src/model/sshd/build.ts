import type { HostFs } from '../../discover/host-fs.js';
import type { TargetName } from '../targets.js';
import { dumpLines } from './dump.js';
import type { Resolved } from './effective.js';
import { mergeConnection, resolveListen, resolveSetting } from './effective.js';
import { runPass } from './engine.js';
import type { IncludeCache, PassSettings } from './engine.js';
import type { GroupDb } from './groups.js';
import { parseGroupDb } from './groups.js';
import type { MatchEnv } from './match.js';
import type { Options } from './options.js';
import { newOptions, validAuthMethods } from './options.js';
import { representativeConnection } from './representative.js';
import { getSshdTarget } from './targets/index.js';
import type { SshdTarget } from './targets/types.js';
import { asciiLower, createSource, keywordIndexOf } from './tree.js';
import { assembleAlgorithms } from './algorithms.js';
import type { ConfigSource } from './tree.js';
import type {
  ConnectionSpec,
  EffectiveSetting,
  SshdContext,
  SshdDiagnostic,
  SshdDirective,
  SshdEffective,
  SshdMatchBlock,
  SshdModel,
} from './types.js';
import { DEFAULT_SERVICES, parseServices } from './values.js';

export interface BuildSshdOptions {
  readonly target: TargetName;
  /** Host path of the main config; default `/etc/ssh/sshd_config`. */
  readonly mainPath?: string;
}

/** The sshd model of a host, or undefined when the main config file does not exist. */
export function buildSshdModel(fs: HostFs, options: BuildSshdOptions): SshdModel | undefined {
  const mainPath = options.mainPath ?? '/etc/ssh/sshd_config';
  const target = getSshdTarget(options.target);
  const main = fs.read(mainPath);
  if (!main.ok && main.reason === 'missing') return undefined;
  const text = main.ok ? main.text : '';
  const source = createSource(fs, text, main.repoPath, target);
  const diagnostics: SshdDiagnostic[] = [];
  if (!main.ok) {
    diagnostics.push({
      severity: 'fatal',
      code: 'include-unreadable',
      message: main.message,
      location: { file: main.repoPath, range: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } } },
    });
  }
  const readText = (p: string): string | undefined => {
    const r = fs.read(p);
    return r.ok ? r.text : undefined;
  };
  const servicesText = readText('/etc/services');
  const services = servicesText === undefined ? DEFAULT_SERVICES : parseServices(servicesText);
  const groups: GroupDb = parseGroupDb(readText('/etc/passwd'), readText('/etc/group'));
  const matchEnv: MatchEnv = { groups, services, version: `OpenSSH_${target.release[0]}.${target.release[1]}p1` };
  return createModel(target, source, diagnostics, matchEnv, services);
}

function createModel(
  target: SshdTarget,
  source: ConfigSource,
  early: SshdDiagnostic[],
  matchEnv: MatchEnv,
  services: ReadonlyMap<string, number>,
): SshdModel {
  const diagnostics: SshdDiagnostic[] = [...early];
  const startup = newOptions();
  const base: Omit<PassSettings, 'pass' | 'connection' | 'report'> = { target, matchEnv, services };
  const cache: IncludeCache = [];
  // The startup pass reads every line in sshd's order: that order is the model's directive list.
  const directives: SshdDirective[] = [];
  const matchBlocks: SshdMatchBlock[] = [];
  const seen = new Set<SshdDirective>();
  const seenBlocks = new Set<SshdMatchBlock>();
  const visit = (node: { readonly directive: SshdDirective; readonly match?: unknown }): void => {
    const d = node.directive;
    if (seen.has(d)) return;
    seen.add(d);
    directives.push(d);
    if (node.match !== undefined && d.match && !seenBlocks.has(d.match)) {
      seenBlocks.add(d.match);
      matchBlocks.push(d.match);
    }
  };
  runPass(source, cache, startup, { ...base, pass: 'startup', connection: null, report: (d) => diagnostics.push(d), visit });
  clearOnNone(startup);
  const listen = resolveListen(startup);
  for (const e of listen.errors) diagnostics.push({ severity: 'fatal', code: 'bad-listen-address', message: e.message, location: e.src.location });
  diagnostics.push(...startupChecks(startup, target, listen.resolved));

  let startupCore: EffectiveCore | undefined;
  const evaluateWith = (connection: ConnectionSpec, force?: ReadonlySet<SshdMatchBlock>): SshdEffective => {
    const mo = newOptions();
    const found: SshdDiagnostic[] = [];
    runPass(source, [...cache], mo, { ...base, pass: 'connection', connection, forceMatch: force, report: (d) => found.push(d) });
    startupCore ??= effectiveCore(target, startup, listen.resolved);
    const core = effectiveCore(target, mergeConnection(startup, mo, target), listen.resolved, { core: startupCore, touched: touchedKeywords(mo) });
    return effectiveView(core, target, found);
  };

  let contexts: readonly SshdContext[] | undefined;
  return {
    target: target.name,
    mainFile: source.files[0] ?? '',
    files: [...source.files],
    directives,
    matchBlocks,
    comments: [...source.comments],
    diagnostics,
    valid: !diagnostics.some((d) => d.severity === 'fatal'),
    evaluate: (connection?: ConnectionSpec) => evaluateWith(connection ?? {}),
    contexts: () => {
      contexts ??= [
        // No block matches this connection except `Match all` (lport -1: a LocalPort block simply does not match).
        lazyContext('for all connections', null, () => evaluateWith({ lport: -1 })),
        ...matchBlocks.map((block) =>
          lazyContext(block.label, block, () => evaluateWith(representativeConnection(block), withAncestors(block, source.parents))),
        ),
      ];
      return contexts;
    },
  };
}

/** fill_default_server_options() turns a startup `ChannelTimeout none` into "no timeouts", which prints nothing. */
function clearOnNone(o: Options): void {
  const ct = o.lists.get('channeltimeout');
  if (ct && ct.values.length === 1 && ct.values[0]?.toLowerCase() === 'none') o.lists.delete('channeltimeout');
}

/** A context whose effective configuration is computed when first asked for. */
function lazyContext(label: string, match: SshdMatchBlock | null, compute: () => SshdEffective): SshdContext {
  let effective: SshdEffective | undefined;
  return {
    label,
    match,
    get effective(): SshdEffective {
      effective ??= compute();
      return effective;
    },
  };
}

function withAncestors(block: SshdMatchBlock, parents: ReadonlyMap<SshdMatchBlock, SshdMatchBlock | null>): Set<SshdMatchBlock> {
  const set = new Set<SshdMatchBlock>();
  for (let b: SshdMatchBlock | null | undefined = block; b && !set.has(b); b = parents.get(b)) set.add(b);
  return set;
}

/** Algorithm keywords in the order assemble_algorithms() checks them, with the names its message uses. */
const ASSEMBLED: readonly (readonly [string, keyof SshdTarget['algorithms'], string])[] = [
  ['ciphers', 'ciphers', 'ciphers'],
  ['macs', 'macs', 'macs'],
  ['kexalgorithms', 'kex', 'kex_algorithms'],
  ['hostkeyalgorithms', 'keys', 'hostkeyalgorithms'],
  ['hostbasedacceptedalgorithms', 'keys', 'hostbased_accepted_algos'],
  ['pubkeyacceptedalgorithms', 'keys', 'pubkey_accepted_algos'],
  ['casignaturealgorithms', 'signatures', 'ca_sign_algorithms'],
];

/** Checks sshd makes after reading the config at startup, before `-T` prints anything. */
function startupChecks(o: Options, target: SshdTarget, listen: Resolved): SshdDiagnostic[] {
  const out: SshdDiagnostic[] = [];
  const get = (k: string): string => resolveSetting(k, o, target, listen).values[0] ?? '';
  const akc = o.scalars.get('authorizedkeyscommand');
  if (akc && akc.value.toLowerCase() !== 'none' && !o.scalars.has('authorizedkeyscommanduser')) {
    out.push({ severity: 'fatal', code: 'invalid-value', message: 'AuthorizedKeysCommand set without AuthorizedKeysCommandUser', location: akc.src.location });
  }
  const apc = o.scalars.get('authorizedprincipalscommand');
  if (apc && apc.value.toLowerCase() !== 'none' && !o.scalars.has('authorizedprincipalscommanduser')) {
    out.push({ severity: 'fatal', code: 'invalid-value', message: 'AuthorizedPrincipalsCommand set without AuthorizedPrincipalsCommandUser', location: apc.src.location });
  }
  // assemble_algorithms(): a list that expands to nothing (`Ciphers ,`) or holds a `!` pattern stops sshd, with
  // no file or line in its message.
  for (const [keyword, set, name] of ASSEMBLED) {
    const s = o.scalars.get(keyword);
    const algs = target.algorithms[set];
    if (s && algs && assembleAlgorithms(s.value, algs) === null) {
      out.push({ severity: 'fatal', code: 'invalid-value', message: `assemble_algorithms: ${name}: invalid argument`, location: s.src.location });
    }
  }
  const methods = o.lists.get('authenticationmethods');
  if (methods && methods.values.length > 0 && !(methods.values.length === 1 && methods.values[0] === 'any')) {
    const enabled: Readonly<Record<string, boolean>> = {
      none: true,
      publickey: get('pubkeyauthentication') === 'yes',
      'gssapi-with-mic': get('gssapiauthentication') === 'yes',
      'gssapi-keyex': get('gssapiauthentication') === 'yes',
      password: get('passwordauthentication') === 'yes',
      'keyboard-interactive': get('kbdinteractiveauthentication') === 'yes',
      hostbased: get('hostbasedauthentication') === 'yes',
    };
    const satisfiable = methods.values.some(
      (list) => validAuthMethods(list) && list.split(',').every((m) => enabled[m.split(':')[0] ?? ''] === true),
    );
    const src = methods.srcs[0];
    if (!satisfiable && src) {
      out.push({
        severity: 'fatal',
        code: 'authentication-methods',
        message: 'AuthenticationMethods cannot be satisfied by enabled authentication methods',
        location: src.location,
      });
    }
  }
  return out;
}

/** Resolution and get() of one option set, memoised per keyword. */
interface EffectiveCore {
  readonly resolve: (canonical: string) => Resolved;
  readonly get: (keyword: string) => EffectiveSetting;
}

/**
 * `shared` is the startup options' core: a keyword the connection pass did not touch (no slot, no applied line)
 * resolves exactly as at startup, so its answer is computed once per model instead of once per context.
 */
function effectiveCore(target: SshdTarget, o: Options, listen: Resolved, shared?: { core: EffectiveCore; touched: ReadonlySet<string> }): EffectiveCore {
  const keywordIndex = keywordIndexOf(target);
  const resolved = new Map<string, Resolved>();
  const settings = new Map<string, EffectiveSetting>();
  const resolve = (canonical: string): Resolved => {
    if (shared && !shared.touched.has(canonical)) return shared.core.resolve(canonical);
    let r = resolved.get(canonical);
    if (!r) {
      r = resolveSetting(canonical, o, target, listen);
      resolved.set(canonical, r);
    }
    return r;
  };
  const compute = (keyword: string): EffectiveSetting => {
    const entry = keywordIndex.get(asciiLower(keyword));
    if (!entry) throw new Error(`sshd keyword "${keyword}" is not known to target ${target.name}`);
    if (entry.op.kind !== 'option') return { keyword: entry.name, values: [], source: null, overridden: [] };
    const canonical = entry.op.canonical;
    if (shared && !shared.touched.has(canonical)) return shared.core.get(canonical);
    const r = resolve(canonical);
    const sources: readonly SshdDirective[] = r.sources;
    const applied = o.applied.get(canonical) ?? [];
    return { keyword: canonical, values: r.values, source: sources[0] ?? null, overridden: applied.filter((d) => !sources.includes(d)) };
  };
  return {
    resolve,
    get: (keyword: string): EffectiveSetting => {
      // Rules ask the same few keywords of every context: answer each once.
      let setting = settings.get(keyword);
      if (!setting) {
        setting = compute(keyword);
        settings.set(keyword, setting);
      }
      return setting;
    },
  };
}

/** Canonical keywords whose slots or applied lines a connection pass's option set holds (`maxstartups.begin` → maxstartups). */
function touchedKeywords(mo: Options): Set<string> {
  const out = new Set<string>();
  const add = (slot: string): void => {
    const dot = slot.indexOf('.');
    out.add(dot === -1 ? slot : slot.slice(0, dot));
  };
  for (const k of mo.scalars.keys()) add(k);
  for (const k of mo.lists.keys()) add(k);
  for (const k of mo.applied.keys()) add(k);
  return out;
}

function effectiveView(core: EffectiveCore, target: SshdTarget, diagnostics: readonly SshdDiagnostic[]): SshdEffective {
  return {
    diagnostics,
    dump: () => dumpLines(target, core.resolve),
    get: core.get,
  };
}
