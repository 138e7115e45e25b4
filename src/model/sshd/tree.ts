import type { HostFs } from '../../discover/host-fs.js';
import { normalizeHostPath } from '../../discover/host-fs.js';
import type { Location } from '../position.js';
import type { SshdLine } from '../../parsers/sshd/lexer.js';
import { lexSshdConfig } from '../../parsers/sshd/lexer.js';
import type { ParsedMatch } from './match.js';
import { matchLabel, parseMatchLine } from './match.js';
import type { KeywordEntry, SshdTarget } from './targets/types.js';
import type { SshdComment, SshdDiagnostic, SshdDirective, SshdMatchBlock } from './types.js';

/** sshd refuses more than this many nested Includes (SERVCONF_MAX_DEPTH). */
export const MAX_INCLUDE_DEPTH = 16;

/** One config line with everything both parsing passes need. */
export interface LineNode {
  readonly line: SshdLine;
  readonly directive: SshdDirective;
  readonly entry: KeywordEntry | undefined;
  /** For Match lines. */
  readonly match?: ParsedMatch;
  /** For Include lines: one entry per argument. */
  readonly includes?: readonly IncludeArg[];
}

export interface IncludeArg {
  readonly pattern: string;
  readonly loc: Location;
  readonly files: readonly IncludedFile[];
  /** Unreadable files and Include depth errors, reported when the startup pass reaches this line. */
  readonly problems: readonly SshdDiagnostic[];
}

export interface IncludedFile {
  readonly hostPath: string;
  readonly repoPath: string;
  readonly nodes: readonly LineNode[];
}

export interface ConfigTree {
  readonly nodes: readonly LineNode[];
  readonly files: readonly string[];
  readonly directives: readonly SshdDirective[];
  readonly matchBlocks: readonly SshdMatchBlock[];
  readonly comments: readonly SshdComment[];
  /** The Match block a block's file was included under (null at top level). */
  readonly parents: ReadonlyMap<SshdMatchBlock, SshdMatchBlock | null>;
}

interface MutableBlock {
  location: Location;
  criteria: SshdMatchBlock['criteria'];
  label: string;
  directives: SshdDirective[];
}

/** Read the main file and every Include (expanded inline, in glob order) into one tree. */
export function buildTree(fs: HostFs, mainText: string, mainHostPath: string, mainRepoPath: string, target: SshdTarget): ConfigTree {
  const keywordIndex = new Map(target.keywords.map((k) => [k.name, k]));
  const files: string[] = [mainRepoPath];
  const directives: SshdDirective[] = [];
  const matchBlocks: MutableBlock[] = [];
  const comments: SshdComment[] = [];
  const parents = new Map<SshdMatchBlock, SshdMatchBlock | null>();

  const load = (text: string, repoPath: string, depth: number, stack: readonly string[], outer: MutableBlock | null): LineNode[] => {
    const lexed = lexSshdConfig(text, repoPath);
    for (const c of lexed.comments) comments.push(c);
    const nodes: LineNode[] = [];
    let block = outer;
    for (const line of lexed.lines) {
      const entry = keywordIndex.get(asciiLower(line.keyword.value));
      const canonical = entry === undefined ? '' : entry.op.kind === 'option' ? entry.op.canonical : entry.name;
      let match: ParsedMatch | undefined;
      if (entry?.op.kind === 'match' && line.rest.value !== '' && !line.badQuotes) {
        match = parseMatchLine(line.rest, target.behaviour.extraMatchCriteria);
        const created: MutableBlock = { location: line.location, criteria: match.criteria, label: matchLabel(match.criteria), directives: [] };
        matchBlocks.push(created);
        parents.set(created, outer);
        block = created;
      }
      const directive: SshdDirective = { keyword: line.keyword, canonical, args: line.args, location: line.location, match: block };
      directives.push(directive);
      if (block && entry?.op.kind !== 'match') block.directives.push(directive);
      let includes: IncludeArg[] | undefined;
      if (entry?.op.kind === 'include' && line.rest.value !== '' && !line.badQuotes) {
        includes = [];
        for (const arg of line.args) {
          if (arg.value === '') continue;
          const pattern = arg.value.startsWith('/') || arg.value.startsWith('~') ? arg.value : `${target.sshdir}/${arg.value}`;
          // glob(3) runs without GLOB_TILDE: a `~` pattern is literal and matches nothing on a normal host.
          const paths = pattern.startsWith('~') ? [] : fs.glob(pattern);
          const included: IncludedFile[] = [];
          const problems: SshdDiagnostic[] = [];
          let tooDeep = false;
          for (const hostPath of paths) {
            const norm = normalizeHostPath(hostPath);
            if (depth + 1 > MAX_INCLUDE_DEPTH || stack.includes(norm)) {
              tooDeep = true;
              break;
            }
            const r = fs.read(norm);
            if (!r.ok) {
              // A directory (or anything that is not a regular file) reads as empty in sshd: a silent no-op.
              if (r.reason === 'missing' || r.reason === 'not-a-file') continue;
              const outside = r.reason === 'outside-root';
              problems.push({
                severity: outside ? 'warning' : 'fatal',
                code: 'include-unreadable',
                message: outside
                  ? `${r.repoPath}: not read, the path leads outside the repository root; the effective configuration may differ on the host`
                  : r.message,
                location: arg.loc,
              });
              continue;
            }
            if (!files.includes(r.repoPath)) files.push(r.repoPath);
            included.push({ hostPath: norm, repoPath: r.repoPath, nodes: load(r.text, r.repoPath, depth + 1, [...stack, norm], block) });
          }
          if (tooDeep) problems.push({ severity: 'fatal', code: 'include-depth', message: 'Too many recursive configuration includes', location: arg.loc });
          includes.push({ pattern, loc: arg.loc, files: included, problems });
        }
      }
      const node: LineNode = { line, directive, entry, ...(match ? { match } : {}), ...(includes ? { includes } : {}) };
      nodes.push(node);
    }
    return nodes;
  };

  const nodes = load(mainText, mainRepoPath, 0, [normalizeHostPath(mainHostPath)], null);
  return { nodes, files, directives, matchBlocks, comments, parents };
}

/** strcasecmp() folds ASCII only: a BOM or other non-ASCII stays as written. */
export function asciiLower(s: string): string {
  return s.replace(/[A-Z]/g, (c) => c.toLowerCase());
}
