import type { LineNode } from './tree.js';
import type { ParsedAddr } from './patterns.js';
import { addrMatchList, parseAddr, parseCidr } from './patterns.js';
import type { ConnectionSpec, SshdMatchBlock, SshdMatchCriterion } from './types.js';
import { a2port } from './values.js';
import type { GroupDb } from './groups.js';
import { userGroups } from './groups.js';

/**
 * Which Match lines of one file a connection pass must look at while it is inactive.
 *
 * A connection pass that is outside any matching block does nothing until a line that can change that: a Match
 * line that matches, an Include, an AuthenticationMethods line (re-checked), or a Match line whose evaluation says
 * something (a bad or fatal condition). Evaluating every Match line for every context made contexts() quadratic in
 * the number of blocks. Most Match lines are "simple": each criterion can only be true or false, never an error,
 * whatever the connection; such a line matches only if each criterion does, so one criterion with an indexable
 * pattern (a literal user, host or routing domain, a positive CIDR list, a port) tells which connections it can
 * match at all. Every other line stays a stop of the pass, so a skipped line is always one that evaluates to
 * "no match" without a message, exactly as if it had been read.
 */
export interface MatchIndex {
  /** Next index ≥ i of a line that always stops an inactive pass (Include, AuthenticationMethods, non-simple Match). */
  readonly next: Int32Array;
  /** Simple Match lines whose key field is missing from the connection never match. */
  readonly byField: ReadonlyMap<KeyField, FieldIndex>;
  /** Simple lines with a LocalPort criterion: they stop the pass when the connection has no usable lport (fatal). */
  readonly withLocalPort: readonly number[];
  /** Line index of each Match block that starts in this file (forced blocks always stop the pass). */
  readonly blockLine: ReadonlyMap<SshdMatchBlock, number>;
  /** Every simple Match line, in order (what a pass without the index stops at). */
  readonly simple: Int32Array;
}

/** Tests switch the index off to check that it changes nothing but the time taken. */
export const matchIndexControl = { enabled: true };

/** `group` is keyed by the connection's user too, looked up through the user's groups. */
type KeyField = 'user' | 'group' | 'host' | 'rdomain' | 'addr' | 'laddr' | 'lport';

interface FieldIndex {
  /** Exact values (lowercased for host) → lines. */
  readonly literal: Map<string, number[]>;
  /** CIDR networks: family → prefix length → masked address key → lines. */
  readonly cidr: Map<'ipv4' | 'ipv6', Map<number, Map<string, number[]>>>;
  /** Lines that need the field but cannot be indexed by value. */
  readonly other: number[];
}

const INDEXES = new WeakMap<readonly LineNode[], MatchIndex>();

export function matchIndexOf(nodes: readonly LineNode[], services: ReadonlyMap<string, number>): MatchIndex {
  let index = INDEXES.get(nodes);
  if (!index) {
    index = buildIndex(nodes, services);
    INDEXES.set(nodes, index);
  }
  return index;
}

function isStop(n: LineNode): boolean {
  const kind = n.entry?.op.kind;
  return n.line.rest.value !== '' && (kind === 'match' || kind === 'include' || n.directive.canonical === 'authenticationmethods');
}

function buildIndex(nodes: readonly LineNode[], services: ReadonlyMap<string, number>): MatchIndex {
  const next = new Int32Array(nodes.length);
  const byField = new Map<KeyField, FieldIndex>();
  const withLocalPort: number[] = [];
  const blockLine = new Map<SshdMatchBlock, number>();
  const simple: number[] = [];
  const field = (f: KeyField): FieldIndex => {
    let x = byField.get(f);
    if (!x) {
      x = { literal: new Map(), cidr: new Map(), other: [] };
      byField.set(f, x);
    }
    return x;
  };
  let following = nodes.length;
  for (let i = nodes.length - 1; i >= 0; i--) {
    const n = nodes[i];
    if (n && isStop(n)) {
      const key = n.entry?.op.kind === 'match' && !n.line.badQuotes && n.match?.ok === true ? simpleKey(n.match.criteria, services) : null;
      if (key === null) following = i;
      else {
        simple.push(i);
        if (n.directive.match) blockLine.set(n.directive.match, i);
        if (key.hasLocalPort) withLocalPort.push(i);
        const fi = field(key.field);
        switch (key.kind) {
          case 'literal':
            for (const v of key.values) push(fi.literal, v, i);
            break;
          case 'cidr':
            for (const c of key.nets) {
              let byBits = fi.cidr.get(c.addr.kind);
              if (!byBits) fi.cidr.set(c.addr.kind, (byBits = new Map<number, Map<string, number[]>>()));
              let nets = byBits.get(c.bits);
              if (!nets) byBits.set(c.bits, (nets = new Map<string, number[]>()));
              push(nets, masked(c.addr, c.bits), i);
            }
            break;
          case 'other':
            fi.other.push(i);
            break;
        }
      }
    }
    next[i] = following;
  }
  return { next, byField, withLocalPort, blockLine, simple: Int32Array.from(simple).sort() };
}

function push<K>(m: Map<K, number[]>, k: K, i: number): void {
  const l = m.get(k);
  if (l) {
    if (!l.includes(i)) l.push(i);
  } else m.set(k, [i]);
}

type Key =
  | { readonly kind: 'literal'; readonly field: KeyField; readonly values: readonly string[]; readonly hasLocalPort: boolean }
  | { readonly kind: 'cidr'; readonly field: KeyField; readonly nets: readonly { addr: ParsedAddr; bits: number }[]; readonly hasLocalPort: boolean }
  | { readonly kind: 'other'; readonly field: KeyField; readonly hasLocalPort: boolean };

const LITERAL = /^[^*?!]*$/;

/**
 * The key of a simple Match line, or null when evaluating it may say more than "no match" (or it has a criterion
 * we do not index: All, Version, Invalid-User, anything unknown).
 */
function simpleKey(criteria: readonly SshdMatchCriterion[], services: ReadonlyMap<string, number>): Key | null {
  const keys: Key[] = [];
  let hasLocalPort = false;
  const consider = (k: Key): void => {
    keys.push(k);
  };
  for (const c of criteria) {
    const arg = c.patterns.value;
    switch (c.attribute) {
      case 'user':
      case 'rdomain':
        consider(literalOrOther(c.attribute, arg, false));
        break;
      case 'group':
        // A literal list matches when one of the user's groups is in it; negations and wildcards are evaluated.
        consider(literalOrOther('group', arg, false));
        break;
      case 'host':
        consider(literalOrOther('host', arg, true));
        break;
      case 'address':
      case 'localaddress': {
        // Valid lists only: a missing address then fails quietly and a present one never hits an invalid entry.
        if (addrMatchList(null, arg) !== 0) return null;
        const f: KeyField = c.attribute === 'address' ? 'addr' : 'laddr';
        const entries = arg.split(',');
        const nets: { addr: ParsedAddr; bits: number }[] = [];
        for (const e of entries) {
          const p = e.startsWith('!') ? null : parseCidr(e);
          if (p === null || p.r !== 0) break;
          nets.push({ addr: p.addr, bits: p.bits });
        }
        consider(nets.length === entries.length ? { kind: 'cidr', field: f, nets, hasLocalPort: false } : { kind: 'other', field: f, hasLocalPort: false });
        break;
      }
      case 'localport': {
        const port = a2port(arg, services);
        if (port === -1) return null;
        hasLocalPort = true;
        consider({ kind: 'literal', field: 'lport', values: [String(port)], hasLocalPort: false });
        break;
      }
      default:
        return null;
    }
  }
  // A literal or CIDR key narrows the candidates; 'other' only says the field must be present.
  const best = keys.find((k) => k.kind !== 'other') ?? keys[0];
  return best === undefined ? null : { ...best, hasLocalPort };
}

function literalOrOther(field: 'user' | 'group' | 'host' | 'rdomain', list: string, lower: boolean): Key {
  const entries = list.split(',');
  if (!entries.every((e) => LITERAL.test(e) && e.length < 1023)) return { kind: 'other', field, hasLocalPort: false };
  return { kind: 'literal', field, values: entries.map((e) => (lower ? asciiUpperToLower(e) : e)), hasLocalPort: false };
}

function asciiUpperToLower(s: string): string {
  return s.replace(/[A-Z]/g, (x) => x.toLowerCase());
}

function masked(addr: ParsedAddr, bits: number): string {
  const out: number[] = [];
  for (let i = 0; i < addr.bytes.length; i++) {
    const keep = Math.max(0, Math.min(8, bits - i * 8));
    out.push((addr.bytes[i] ?? 0) & ((0xff << (8 - keep)) & 0xff));
  }
  return out.join('.');
}

/**
 * The sorted line indexes a pass for `ci` must stop at besides `index.next`: simple Match lines that may match it,
 * the lines of forced blocks, and LocalPort lines when the connection has no usable lport.
 */
export function candidateLines(index: MatchIndex, ci: ConnectionSpec, forced: ReadonlySet<SshdMatchBlock> | undefined, groups: GroupDb): Int32Array {
  if (!matchIndexControl.enabled) return index.simple;
  const out = new Set<number>();
  const add = (l: readonly number[] | undefined): void => {
    if (l) for (const i of l) out.add(i);
  };
  const valueOf = (f: KeyField): string | undefined => {
    switch (f) {
      case 'user':
      case 'group':
        return ci.user;
      case 'host':
        return ci.host === undefined ? undefined : asciiUpperToLower(ci.host);
      case 'rdomain':
        return ci.rdomain;
      case 'addr':
        return ci.addr;
      case 'laddr':
        return ci.laddr;
      case 'lport':
        return ci.lport === undefined || ci.lport === 0 ? undefined : String(ci.lport);
    }
  };
  for (const [f, fi] of index.byField) {
    const v = valueOf(f);
    if (v === undefined) continue;
    add(fi.other);
    if (f === 'group') for (const g of userGroups(groups, v) ?? []) add(fi.literal.get(g));
    else add(fi.literal.get(v));
    if (fi.cidr.size > 0) {
      const a = parseAddr(v);
      const byBits = a ? fi.cidr.get(a.kind) : undefined;
      if (a && byBits) for (const [bits, nets] of byBits) add(nets.get(masked(a, bits)));
    }
  }
  if (ci.lport === undefined || ci.lport === 0) add(index.withLocalPort);
  if (forced) for (const b of forced) {
    const i = index.blockLine.get(b);
    if (i !== undefined) out.add(i);
  }
  return Int32Array.from(out).sort();
}
