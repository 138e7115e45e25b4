import type { Location } from '../position.js';
import type { MatchEnv } from './match.js';
import { evaluateMatch } from './match.js';
import type { OptionEnv, Options } from './options.js';
import { processOption } from './options.js';
import type { LineNode } from './tree.js';
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
}

interface FileFlags {
  /** SSHCFG_NEVERMATCH: included under an inactive Match; no Match line in it can match. */
  neverMatch: boolean;
  /** SSHCFG_MATCH_ONLY: connection pass, before the first Match line of an included-at-top file. */
  matchOnly: boolean;
}

export function runPass(nodes: readonly LineNode[], o: Options, s: PassSettings): void {
  const active = { value: s.pass === 'startup' };
  runFile(nodes, { neverMatch: false, matchOnly: s.pass === 'connection' }, active, o, s);
}

function runFile(nodes: readonly LineNode[], inherited: FileFlags, active: { value: boolean }, o: Options, s: PassSettings): void {
  const flags: FileFlags = { ...inherited };
  const startup = s.pass === 'startup';
  const fatal = (code: SshdDiagnosticCode, message: string, location: Location): void => {
    s.report({ severity: 'fatal', code, message, location });
  };
  const env: OptionEnv = {
    target: s.target,
    services: s.services,
    report: (code, message, location) => {
      if (startup) fatal(code, message, location);
    },
  };
  for (const node of nodes) {
    const { line, entry, directive } = node;
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
        if (line.args.some((a) => a.value === '')) {
          if (startup) fatal('invalid-value', `keyword ${kw} empty argument`, line.location);
        }
        const outer = active.value;
        for (const inc of includes) {
          if (startup) for (const problem of inc.problems) s.report(problem);
          for (const file of inc.files) {
            const child: FileFlags = flags.matchOnly ? { neverMatch: false, matchOnly: true } : { neverMatch: !outer, matchOnly: false };
            runFile(file.nodes, child, active, o, s);
            active.value = outer;
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
        processOption(o, directive, line.rest.value, active.value, env);
        break;
    }
  }
}
