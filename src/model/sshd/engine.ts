import type { Location } from '../position.js';
import type { MatchEnv } from './match.js';
import { evaluateMatch } from './match.js';
import { candidateLines, matchIndexOf } from './match-index.js';
import type { OptionEnv, Options } from './options.js';
import { processOption } from './options.js';
import type { ConfigSource, LineNode } from './tree.js';
import { MAX_INCLUDE_DEPTH } from './tree.js';
import type { SshdTarget } from './targets/types.js';
import type { ConnectionSpec, SshdDiagnostic, SshdDiagnosticCode, SshdMatchBlock } from './types.js';
import { visEscape } from './values.js';

/**
 * sshd reads its config twice (servconf.c): at startup every global line is applied and Match blocks are only
 * checked, except `Match all`, which is active; per connection (and for `sshd -T`) the file is read again with
 * global lines skipped and only matching blocks applied into a fresh option set, which is then copied over the
 * startup options. `runPass` is one such reading.
 */
export interface PassSettings {
  readonly pass: 'startup' | 'connection';
  readonly target: SshdTarget;
  readonly matchEnv: MatchEnv;
  readonly services: ReadonlyMap<string, number>;
  /** The `-C` connection for the connection pass. */
  readonly connection: ConnectionSpec | null;
  /** contexts(): these blocks are taken as matching whatever the connection says. */
  readonly forceMatch?: ReadonlySet<SshdMatchBlock> | undefined;
  readonly report: (d: SshdDiagnostic) => void;
  /** Called for every line the startup pass reaches, in order (the model's directive list). */
  readonly visit?: (node: LineNode) => void;
}

/**
 * sshd's include cache, shared by both passes: an Include pattern is globbed once; later Includes of the same
 * pattern replay the files cached so far (which is what keeps a file that includes its own folder from looping).
 */
export type IncludeCache = { readonly pattern: string; readonly hostPath: string | null }[];

interface PassState {
  readonly source: ConfigSource;
  readonly cache: IncludeCache;
  aborted: boolean;
}

interface FileFlags {
  /** SSHCFG_NEVERMATCH: included under an inactive Match; no Match line in it can match. */
  neverMatch: boolean;
  /** SSHCFG_MATCH_ONLY: connection pass, before the first Match line of an included-at-top file. */
  matchOnly: boolean;
}

export function runPass(source: ConfigSource, cache: IncludeCache, o: Options, s: PassSettings): void {
  const active = { value: s.pass === 'startup' };
  const state: PassState = { source, cache, aborted: false };
  runFile(source.main, { neverMatch: false, matchOnly: s.pass === 'connection' }, active, 0, o, s, state);
}

/** Where an inactive connection pass over `nodes` goes next from line i (see match-index.ts). */
function skipper(nodes: readonly LineNode[], s: PassSettings): ((i: number) => number) | null {
  if (s.pass === 'startup' || s.connection === null) return null;
  const index = matchIndexOf(nodes, s.services);
  const stops = candidateLines(index, s.connection, s.forceMatch, s.matchEnv.groups);
  let c = 0;
  return (i) => {
    while (c < stops.length && (stops[c] ?? nodes.length) < i) c++;
    return Math.min(index.next[i] ?? nodes.length, stops[c] ?? nodes.length);
  };
}

function runFile(
  nodes: readonly LineNode[],
  inherited: FileFlags,
  active: { value: boolean },
  depth: number,
  o: Options,
  s: PassSettings,
  state: PassState,
): void {
  const flags: FileFlags = { ...inherited };
  const startup = s.pass === 'startup';
  const fatal = (code: SshdDiagnosticCode, message: string, location: Location): void => {
    s.report({ severity: 'fatal', code, message, location });
  };
  const env: OptionEnv = {
    target: s.target,
    services: s.services,
    report: (code, message, location) => {
      // The connection pass re-validates lines silently, except a check that depends on what it has stored so far.
      if (startup || code === 'authentication-methods') fatal(code, message, location);
    },
  };
  const skip = skipper(nodes, s);
  for (let i = 0; i < nodes.length; i++) {
    if (state.aborted) return;
    // An inactive stretch of the connection pass does nothing until the next Match, Include or AuthenticationMethods.
    if (skip && !active.value && !flags.matchOnly) {
      i = skip(i);
      if (i >= nodes.length) return;
    }
    const node = nodes[i];
    if (!node) return;
    const { line, entry, directive } = node;
    s.visit?.(node);
    const kw = line.keyword.value;
    if (line.rest.value === '') {
      if (startup) fatal('missing-argument', `no argument after keyword "${visEscape(kw)}"`, line.location);
      continue;
    }
    if (!entry && startup) fatal('unknown-keyword', `Bad configuration option: ${visEscape(kw)}`, line.keyword.loc);
    if (line.badQuotes) {
      if (startup) fatal('invalid-quotes', 'invalid quotes', line.location);
      continue;
    }
    if (!active.value && (entry === undefined || entry.scope === 'global')) {
      if (startup) fatal('not-allowed-in-match', `Directive '${visEscape(kw)}' is not allowed within a Match block`, line.keyword.loc);
      continue;
    }
    if (!entry) continue;
    switch (entry.op.kind) {
      case 'match': {
        const parsed = node.match;
        if (!parsed) break;
        if (!parsed.ok) {
          if (startup) fatal('bad-match', `${parsed.message}: Bad Match condition`, line.location);
          active.value = false;
          flags.matchOnly = false;
          break;
        }
        const ci = flags.neverMatch || startup ? null : s.connection;
        const forced = !flags.neverMatch && directive.match !== null && s.forceMatch?.has(directive.match) === true;
        const r = evaluateMatch(parsed.criteria, ci, s.matchEnv);
        let matches = false;
        switch (r.kind) {
          case 'result':
            matches = r.matches;
            break;
          case 'bad':
            if (startup) fatal('bad-match', `${r.message}: Bad Match condition`, line.location);
            break;
          case 'fatal':
            // Startup-pass fatals are config errors; a connection-pass fatal is about the -C spec.
            s.report({ severity: 'fatal', code: startup ? 'bad-match' : 'connection-spec', message: r.message, location: r.criterion.patterns.loc });
            break;
        }
        active.value = flags.neverMatch ? false : forced || matches;
        flags.matchOnly = false;
        break;
      }
      case 'include': {
        const includes = node.includes ?? [];
        if (includes.length === 0) {
          if (startup) fatal('missing-argument', `${kw} missing filename argument`, line.location);
          break;
        }
        const outer = active.value;
        for (const inc of includes) {
          if (inc.pattern === '') {
            if (startup) fatal('invalid-value', `keyword ${kw} empty argument`, inc.loc);
            break;
          }
          const child = (): FileFlags => (flags.matchOnly ? { neverMatch: false, matchOnly: true } : { neverMatch: !outer, matchOnly: false });
          const include = (hostPath: string): void => {
            if (depth + 1 > MAX_INCLUDE_DEPTH) {
              // sshd exits here: nothing after this point is read.
              s.report({ severity: 'fatal', code: 'include-depth', message: 'Too many recursive configuration includes', location: inc.loc });
              state.aborted = true;
              return;
            }
            runFile(state.source.nodesFor(node, hostPath, directive.match), child(), active, depth + 1, o, s, state);
            active.value = outer;
          };
          const cached = state.cache.filter((c) => c.pattern === inc.pattern);
          if (cached.length > 0) {
            for (const c of cached) if (c.hostPath !== null && !state.aborted) include(c.hostPath);
            continue;
          }
          const paths = state.source.glob(inc.pattern);
          if (paths.length === 0) state.cache.push({ pattern: inc.pattern, hostPath: null });
          for (const hostPath of paths) {
            if (state.aborted) return;
            const loaded = state.source.load(hostPath);
            if (!loaded.ok && !loaded.skip && startup) s.report({ ...loaded.problem, location: inc.loc });
            if (loaded.ok || loaded.skip) include(hostPath);
            state.cache.push({ pattern: inc.pattern, hostPath });
          }
        }
        break;
      }
      case 'deprecated':
      case 'unsupported':
        if (startup) {
          s.report({
            severity: 'warning',
            code: entry.op.kind === 'deprecated' ? 'deprecated-keyword' : 'unsupported-keyword',
            message: `${entry.op.kind === 'deprecated' ? 'Deprecated' : 'Unsupported'} option ${kw}`,
            location: line.keyword.loc,
          });
        }
        break;
      case 'ignored':
        break;
      case 'option':
        // The connection pass re-checks inactive lines only to throw the same errors as the startup pass did.
        if (startup || active.value || directive.canonical === 'authenticationmethods') processOption(o, directive, line.rest.value, active.value, env);
        break;
    }
  }
}
