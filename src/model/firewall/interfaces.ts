import type { InterfacePattern } from './types.js';

/**
 * What one evaluation branch knows about the input interface: its exact name (when the query names it or
 * a branch assumed an exact match), patterns it matches, and patterns it does not.
 */
export interface IfaceKnowledge {
  readonly exact?: string;
  readonly pos: readonly InterfacePattern[];
  readonly neg: readonly InterfacePattern[];
}

/** Unknown interface = some non-loopback interface. */
export function initialIface(iface: string | undefined): IfaceKnowledge {
  return iface !== undefined ? { exact: iface, pos: [], neg: [] } : { pos: [], neg: [{ name: 'lo', prefix: false }] };
}

export function patternMatches(p: InterfacePattern, name: string): boolean {
  return p.prefix ? name.startsWith(p.name) : name === p.name;
}

/** Every name matching `inner` also matches `outer`. */
function covers(outer: InterfacePattern, inner: InterfacePattern): boolean {
  if (!outer.prefix) return !inner.prefix && inner.name === outer.name;
  return inner.name.startsWith(outer.name);
}

function disjoint(a: InterfacePattern, b: InterfacePattern): boolean {
  if (!a.prefix && !b.prefix) return a.name !== b.name;
  if (a.prefix && b.prefix) return !a.name.startsWith(b.name) && !b.name.startsWith(a.name);
  const [exact, prefix] = a.prefix ? [b, a] : [a, b];
  return !exact.name.startsWith(prefix.name);
}

function one(k: IfaceKnowledge, p: InterfacePattern): 'T' | 'F' | 'U' {
  if (k.exact !== undefined) return patternMatches(p, k.exact) ? 'T' : 'F';
  if (k.pos.some((q) => covers(p, q))) return 'T';
  if (k.neg.some((n) => covers(n, p))) return 'F';
  if (k.pos.some((q) => disjoint(p, q))) return 'F';
  return 'U';
}

/** Does the interface match any of `patterns`? */
export function ifaceMatch(k: IfaceKnowledge, patterns: readonly InterfacePattern[]): 'T' | 'F' | 'U' {
  let unknown = false;
  for (const p of patterns) {
    const r = one(k, p);
    if (r === 'T') return 'T';
    if (r === 'U') unknown = true;
  }
  return unknown ? 'U' : 'F';
}

export function assumeIface(k: IfaceKnowledge, patterns: readonly InterfacePattern[], holds: boolean): IfaceKnowledge {
  if (!holds) return { ...k, neg: [...k.neg, ...patterns] };
  const [only] = patterns;
  if (patterns.length === 1 && only) return only.prefix ? { ...k, pos: [...k.pos, only] } : { ...k, exact: only.name };
  return k;
}

export function describePatterns(patterns: readonly InterfacePattern[]): string {
  return patterns.map((p) => (p.prefix ? `${p.name}+` : p.name)).join(' or ');
}
