import type { Located } from '../position.js';
import { range } from '../position.js';
import { strdelim } from '../../parsers/sshd/lexer.js';
import { addrMatchList, matchPatternList } from './patterns.js';
import type { GroupDb } from './groups.js';
import { userGroups } from './groups.js';
import type { ConnectionSpec, SshdMatchCriterion } from './types.js';
import { a2port } from './values.js';

/** A Match line split into criteria, or sshd's complaint about it. */
export type ParsedMatch =
  | { readonly ok: true; readonly criteria: readonly SshdMatchCriterion[] }
  | { readonly ok: false; readonly message: string; readonly criteria: readonly SshdMatchCriterion[] };

const BASE_CRITERIA = ['user', 'group', 'host', 'address', 'localaddress', 'localport', 'rdomain'];

/**
 * Split the text after `Match` into attribute/pattern pairs with sshd's tokenizer (whitespace or `=` separate,
 * double quotes group, a `#` token ends the line). Syntax errors are reported as sshd words them.
 */
export function parseMatchLine(rest: Located<string>, extraCriteria: readonly string[]): ParsedMatch {
  const text = rest.value;
  const line = rest.loc.range.start.line;
  const col0 = rest.loc.range.start.column;
  const at = (start: number, end: number): Located<string>['loc'] => ({ file: rest.loc.file, range: range(line, col0 + start, line, col0 + end) });
  const criteria: SshdMatchCriterion[] = [];
  let pos: number | null = 0;
  const next = (): { token: string; start: number; end: number } | null => {
    if (pos === null) return null;
    const t = strdelim(text, pos);
    if (t === null) return null;
    pos = t.next;
    return t;
  };
  for (;;) {
    const attr = next();
    if (attr === null || attr.token === '') break;
    if (attr.token.startsWith('#')) break;
    const name = attr.token.toLowerCase();
    if (name === 'all') {
      const arg = next();
      if (criteria.length > 0 || (arg !== null && arg.token !== '' && !arg.token.startsWith('#'))) {
        return { ok: false, message: "'all' cannot be combined with other Match attributes", criteria };
      }
      criteria.push({ attribute: 'all', patterns: { value: '', loc: at(attr.start, attr.end) } });
      return { ok: true, criteria };
    }
    if (extraCriteria.includes(name) && name === 'invalid-user') {
      criteria.push({ attribute: name, patterns: { value: '', loc: at(attr.start, attr.end) } });
      continue;
    }
    const arg = next();
    if (arg === null || arg.token === '' || arg.token.startsWith('#')) {
      return { ok: false, message: `Missing Match criteria for ${attr.token}`, criteria };
    }
    if (!BASE_CRITERIA.includes(name) && !extraCriteria.includes(name)) {
      return { ok: false, message: `Unsupported Match attribute ${attr.token}`, criteria };
    }
    criteria.push({ attribute: name, patterns: { value: arg.token, loc: at(arg.start, arg.end) } });
  }
  if (criteria.length === 0) return { ok: false, message: 'One or more attributes required for Match', criteria };
  return { ok: true, criteria };
}

export type MatchOutcome =
  | { readonly kind: 'result'; readonly matches: boolean }
  /** sshd's match_cfg_line() fails: "Bad Match condition" follows. */
  | { readonly kind: 'bad'; readonly message: string }
  /** sshd exits at once (fatal()) with this message and no file/line prefix. */
  | { readonly kind: 'fatal'; readonly message: string; readonly criterion: SshdMatchCriterion };

export interface MatchEnv {
  readonly groups: GroupDb;
  readonly services: ReadonlyMap<string, number>;
  /** `OpenSSH_x.yp1` for `Match Version`. */
  readonly version: string;
}

/**
 * Evaluate criteria the way sshd's match_cfg_line() does. `ci` null is the startup pass (only `all` matches, the
 * rest is syntax-checked); otherwise it is `sshd -T -C` test mode, where an attribute missing from the connection
 * makes its criterion fail, except LocalPort, whose absence is fatal.
 */
export function evaluateMatch(criteria: readonly SshdMatchCriterion[], ci: ConnectionSpec | null, env: MatchEnv): MatchOutcome {
  let result = true;
  for (const c of criteria) {
    const arg = c.patterns.value;
    switch (c.attribute) {
      case 'all':
        return { kind: 'result', matches: true };
      case 'user':
        if (ci?.user === undefined) result = false;
        else if (matchPatternList(ci.user, arg) !== 1) result = false;
        break;
      case 'group':
        if (ci?.user === undefined) result = false;
        else if (!groupMatches(ci.user, arg, env.groups)) result = false;
        break;
      case 'host':
        if (ci?.host === undefined) result = false;
        else if (matchPatternList(ci.host.replace(/[A-Z]/g, (x) => x.toLowerCase()), arg, true) !== 1) result = false;
        break;
      case 'address':
      case 'localaddress': {
        const value = c.attribute === 'address' ? ci?.addr : ci?.laddr;
        if (value === undefined) {
          if (addrMatchList(null, arg) !== 0) {
            return { kind: 'fatal', message: `Invalid Match ${c.attribute} argument '${arg}' at line ${c.patterns.loc.range.start.line}`, criterion: c };
          }
          result = false;
          break;
        }
        const r = addrMatchList(value, arg);
        if (r === -2) return { kind: 'bad', message: `Invalid Match ${c.attribute} argument '${arg}'` };
        if (r !== 1) result = false;
        break;
      }
      case 'localport': {
        const port = a2port(arg, env.services);
        if (port === -1) return { kind: 'bad', message: `Invalid LocalPort '${arg}' on Match line` };
        if (ci === null) {
          result = false;
          break;
        }
        if (ci.lport === undefined || ci.lport === 0) {
          return { kind: 'fatal', message: "'Match LocalPort' in configuration but 'lport' not in connection test specification.", criterion: c };
        }
        if (port !== ci.lport) result = false;
        break;
      }
      case 'rdomain':
        if (ci?.rdomain === undefined) result = false;
        else if (matchPatternList(ci.rdomain, arg) !== 1) result = false;
        break;
      case 'version':
        if (ci === null) result = false;
        else if (matchPatternList(env.version, arg) !== 1) result = false;
        break;
      case 'invalid-user':
        // `-C invalid-user` is not modelled: the criterion never matches in test mode.
        result = false;
        break;
      default:
        return { kind: 'bad', message: `Unsupported Match attribute ${c.attribute}` };
    }
  }
  return { kind: 'result', matches: result };
}

/** sshd's group match: the user must exist; its groups (primary + supplementary) are matched, a negation wins. */
function groupMatches(user: string, patterns: string, db: GroupDb): boolean {
  const groups = userGroups(db, user);
  if (groups === null || groups.length === 0) return false;
  let found = false;
  for (const g of groups) {
    const r = matchPatternList(g, patterns);
    if (r === -1) return false;
    if (r === 1) found = true;
  }
  return found;
}

/** A human label for a Match block: "for user alice and connections from 10.0.0.0/8". */
export function matchLabel(criteria: readonly SshdMatchCriterion[]): string {
  const parts = criteria.map((c) => {
    const v = c.patterns.value;
    switch (c.attribute) {
      case 'all':
        return 'all connections';
      case 'user':
        return `user ${v}`;
      case 'group':
        return `group ${v}`;
      case 'host':
        return `host ${v}`;
      case 'address':
        return `connections from ${v}`;
      case 'localaddress':
        return `connections to ${v}`;
      case 'localport':
        return `connections to port ${v}`;
      case 'rdomain':
        return `routing domain ${v}`;
      default:
        return `${c.attribute} ${v}`.trim();
    }
  });
  return `for ${parts.join(' and ')}`;
}
