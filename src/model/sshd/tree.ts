import type { HostFs } from '../../discover/host-fs.js';
import { normalizeHostPath } from '../../discover/host-fs.js';
import type { Location } from '../position.js';
import type { SshdLexResult, SshdLine } from '../../parsers/sshd/lexer.js';
import { lexSshdConfig } from '../../parsers/sshd/lexer.js';
import type { ParsedMatch } from './match.js';
import { matchLabel, parseMatchLine } from './match.js';
import type { KeywordEntry, SshdTarget } from './targets/types.js';
import type { SshdComment, SshdDiagnostic, SshdDirective, SshdMatchBlock } from './types.js';

/** sshd refuses to nest Includes deeper than this (SERVCONF_MAX_DEPTH). */
export const MAX_INCLUDE_DEPTH = 16;

/** One config line with everything both reading passes need. */
export interface LineNode {
  readonly line: SshdLine;
  readonly directive: SshdDirective;
  readonly entry: KeywordEntry | undefined;
  /** For Match lines. */
  readonly match?: ParsedMatch;
  /** For Include lines: the glob of each argument, made absolute against SSHDIR. */
  readonly includes?: readonly { readonly pattern: string; readonly loc: Location }[];
}

export type FileLoad =
  | { readonly ok: true; readonly hostPath: string; readonly repoPath: string }
  /** A directory or anything else sshd reads as empty. */
  | { readonly ok: false; readonly skip: true }
  | { readonly ok: false; readonly skip: false; readonly problem: Omit<SshdDiagnostic, 'location'> };

/**
 * The config files of one host, read lazily in sshd's order. Files are lexed once; the nodes of an included file
 * are created once per Include line that includes it (their Match scope depends on where they are included).
 */
export interface ConfigSource {
  readonly target: SshdTarget;
  readonly main: readonly LineNode[];
  /** Repo paths of every file read, in read order. */
  readonly files: string[];
  readonly comments: SshdComment[];
  glob(pattern: string): string[];
  load(hostPath: string): FileLoad;
  /** Nodes of `hostPath` as included by `site`, whose Match scope is `outer`. */
  nodesFor(site: LineNode, hostPath: string, outer: SshdMatchBlock | null): readonly LineNode[];
  /** The Match block a block's file was included under (null at top level). */
  readonly parents: Map<SshdMatchBlock, SshdMatchBlock | null>;
}

const INDEXES = new WeakMap<SshdTarget, ReadonlyMap<string, KeywordEntry>>();

/** Lowercase keyword → table entry, built once per target. */
export function keywordIndexOf(target: SshdTarget): ReadonlyMap<string, KeywordEntry> {
  let index = INDEXES.get(target);
  if (!index) {
    index = new Map(target.keywords.map((k) => [k.name, k]));
    INDEXES.set(target, index);
  }
  return index;
}

export function createSource(fs: HostFs, mainText: string, mainRepoPath: string, target: SshdTarget): ConfigSource {
  const keywordIndex = keywordIndexOf(target);
  const files: string[] = [mainRepoPath];
  const comments: SshdComment[] = [];
  const lexed = new Map<string, { repoPath: string; lex: SshdLexResult } | FileLoad>();
  const memo = new WeakMap<LineNode, Map<string, readonly LineNode[]>>();
  const parents = new Map<SshdMatchBlock, SshdMatchBlock | null>();
  const blockDirectives = new WeakMap<SshdMatchBlock, SshdDirective[]>();

  const toNodes = (lex: SshdLexResult, outer: SshdMatchBlock | null): LineNode[] => {
    const nodes: LineNode[] = [];
    let block = outer;
    for (const line of lex.lines) {
      const entry = keywordIndex.get(asciiLower(line.keyword.value));
      const canonical = entry === undefined ? '' : entry.op.kind === 'option' ? entry.op.canonical : entry.name;
      let match: ParsedMatch | undefined;
      if (entry?.op.kind === 'match' && line.rest.value !== '' && !line.badQuotes) {
        match = parseMatchLine(line.rest, target.behaviour.extraMatchCriteria);
        const directives: SshdDirective[] = [];
        const created: SshdMatchBlock = { location: line.location, criteria: match.criteria, label: matchLabel(match.criteria), directives };
        blockDirectives.set(created, directives);
        parents.set(created, outer);
        block = created;
      }
      const directive: SshdDirective = { keyword: line.keyword, canonical, args: line.args, location: line.location, match: block };
      if (block && entry?.op.kind !== 'match') blockDirectives.get(block)?.push(directive);
      let includes: { pattern: string; loc: Location }[] | undefined;
      if (entry?.op.kind === 'include' && line.rest.value !== '' && !line.badQuotes) {
        includes = line.args.map((arg) => ({
          pattern: arg.value === '' || arg.value.startsWith('/') || arg.value.startsWith('~') ? arg.value : `${target.sshdir}/${arg.value}`,
          loc: arg.loc,
        }));
      }
      nodes.push({ line, directive, entry, ...(match ? { match } : {}), ...(includes ? { includes } : {}) });
    }
    return nodes;
  };

  const mainLex = lexSshdConfig(mainText, mainRepoPath);
  comments.push(...mainLex.comments);

  const read = (hostPath: string): { repoPath: string; lex: SshdLexResult } | FileLoad => {
    const cached = lexed.get(hostPath);
    if (cached) return cached;
    const r = fs.read(hostPath);
    let result: { repoPath: string; lex: SshdLexResult } | FileLoad;
    if (r.ok) {
      const lex = lexSshdConfig(r.text, r.repoPath);
      if (!files.includes(r.repoPath)) {
        files.push(r.repoPath);
        comments.push(...lex.comments);
      }
      result = { repoPath: r.repoPath, lex };
    } else if (r.reason === 'missing' || r.reason === 'not-a-file') result = { ok: false, skip: true };
    else if (r.reason === 'outside-root') {
      result = {
        ok: false,
        skip: false,
        problem: {
          severity: 'warning',
          code: 'include-unreadable',
          message: `${r.repoPath}: not read, the path leads outside the repository root; the effective configuration may differ on the host`,
        },
      };
    } else result = { ok: false, skip: false, problem: { severity: 'fatal', code: 'include-unreadable', message: r.message } };
    lexed.set(hostPath, result);
    return result;
  };

  return {
    target,
    main: toNodes(mainLex, null),
    files,
    comments,
    parents,
    // glob(3) runs without GLOB_TILDE: a `~` pattern is literal and matches nothing on a normal host.
    glob: (pattern) => (pattern.startsWith('~') ? [] : fs.glob(pattern).map((p) => normalizeHostPath(p))),
    load: (hostPath) => {
      const r = read(hostPath);
      return 'lex' in r ? { ok: true, hostPath, repoPath: r.repoPath } : r;
    },
    nodesFor: (site, hostPath, outer) => {
      let bySite = memo.get(site);
      if (!bySite) {
        bySite = new Map();
        memo.set(site, bySite);
      }
      const hit = bySite.get(hostPath);
      if (hit) return hit;
      const r = read(hostPath);
      const nodes = 'lex' in r ? toNodes(r.lex, outer) : [];
      bySite.set(hostPath, nodes);
      return nodes;
    },
  };
}

/** strcasecmp() folds ASCII only: a BOM or other non-ASCII stays as written. */
export function asciiLower(s: string): string {
  return /[^\x00-\x7f]/.test(s) ? s.replace(/[A-Z]/g, (c) => c.toLowerCase()) : s.toLowerCase();
}
