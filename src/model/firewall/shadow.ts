import type { ShadowedRule } from './index.js';
import type { InterfacePattern, Match, Network, PortRange, Rule, Ruleset } from './types.js';

/**
 * Rules that can never fire because an earlier rule of the same chain matches every packet they match and
 * ends the chain (accept, drop, reject, return, goto). Conservative: only syntactic subsumption that holds
 * for every packet, so a finding is always true.
 */
export function findShadowedRules(rulesets: readonly Ruleset[]): ShadowedRule[] {
  const out: ShadowedRule[] = [];
  for (const rs of rulesets) for (const chain of rs.chains.values()) {
    const terminal: Rule[] = [];
    for (const rule of chain.rules) {
      const by = terminal.find((t) => covers(t, rule));
      if (by) out.push({ rule, by });
      const k = rule.action.kind;
      if ((k === 'accept' || k === 'drop' || k === 'reject' || k === 'return' || k === 'goto') && rule.matches.every((m) => m.kind !== 'rate')) terminal.push(rule);
    }
  }
  return out;
}

/** Every packet matching `later` also matches `earlier`. */
function covers(earlier: Rule, later: Rule): boolean {
  return earlier.matches.every((e) => later.matches.some((l) => implies(l, e)));
}

function rangesWithin(inner: readonly PortRange[], outer: readonly PortRange[]): boolean {
  return inner.every((i) => outer.some((o) => o.from <= i.from && o.to >= i.to));
}

function netsWithin(inner: readonly Network[], outer: readonly Network[]): boolean {
  return inner.every((i) => outer.some((o) => o.family === i.family && o.first <= i.first && o.last >= i.last));
}

function ifacesWithin(inner: readonly InterfacePattern[], outer: readonly InterfacePattern[]): boolean {
  return inner.every((i) => outer.some((o) => (o.prefix ? i.name.startsWith(o.name) : !i.prefix && i.name === o.name)));
}

/** `l` (a match of the later rule) implies `e` (a match of the earlier one). */
function implies(l: Match, e: Match): boolean {
  if (l.kind === 'rate' || e.kind === 'rate') return false;
  if (l.kind !== e.kind) return false;
  if (l.negated || e.negated) return l.negated === e.negated && l.text === e.text;
  switch (e.kind) {
    case 'protocol':
      return l.kind === 'protocol' && l.protocols.every((p) => e.protocols.includes(p));
    case 'dport':
    case 'sport':
      return (l.kind === 'dport' || l.kind === 'sport') && rangesWithin(l.ports, e.ports);
    case 'saddr':
    case 'daddr':
      return (l.kind === 'saddr' || l.kind === 'daddr') && netsWithin(l.networks, e.networks);
    case 'iif':
    case 'oif':
      return (l.kind === 'iif' || l.kind === 'oif') && ifacesWithin(l.interfaces, e.interfaces);
    case 'ctstate':
      return l.kind === 'ctstate' && l.states.every((s) => e.states.includes(s));
    case 'addrtype':
      return l.kind === 'addrtype' && l.side === e.side && l.types.every((t) => e.types.includes(t));
    case 'family':
      return l.kind === 'family' && l.family === e.family;
    case 'fragment':
      return true;
    case 'tcpflags':
    case 'icmp-type':
    case 'opaque':
      return l.text === e.text;
  }
}
