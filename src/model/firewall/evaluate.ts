import type { AddressSet } from './addresses.js';
import { fromNetworks, intersect, isEmpty, isUniverse, parseAddress, subtract, toCidrs, union, universe } from './addresses.js';
import { ifaceMatch, initialIface, assumeIface, describePatterns } from './interfaces.js';
import type { IfaceKnowledge } from './interfaces.js';
import type {
  Assumption,
  BaseChain,
  Chain,
  Family,
  Hook,
  Match,
  Network,
  Outcome,
  PathStep,
  ReachAnswer,
  ReachCondition,
  ReachQuery,
  RejectType,
  Rule,
  Ruleset,
  Symptom,
  TcpFlag,
} from './types.js';

/**
 * The packet-path evaluator. Three-valued: a match it cannot decide forks the evaluation into a branch where
 * it holds and one where it does not, each remembering its assumption; source-address matches narrow the set
 * of sources a branch stands for instead. The answer lists every reachable outcome.
 */

/** Past this many forks (per question) the evaluator stops splitting and reports `complexity`. */
const MAX_FORKS = 256;
const MAX_DEPTH = 64;
/** Linux's default ephemeral port range (net.ipv4.ip_local_port_range). */
const EPHEMERAL = { from: 32768, to: 60999 };

interface State {
  readonly port: number;
  readonly sources: AddressSet;
  readonly iface: IfaceKnowledge;
  readonly ct: 'new' | 'established' | 'untracked';
  /** The TCP flags of the packet: the SYN that opens the connection, or an ACK that follows it. */
  readonly flags: 'syn' | 'ack';
  readonly dnat: boolean;
  /** For packets after the SYN: the port conntrack's nat translation rewrites to, applied at the nat hook. */
  readonly natPort?: number;
  readonly assumptions: readonly Assumption[];
  readonly path: readonly PathStep[];
  readonly rateLimits: readonly PathStep[];
}

type ChainEnd =
  | { readonly end: 'accept' | 'return' | 'drop' | 'queue'; readonly state: State }
  | { readonly end: 'reject'; readonly with: RejectType; readonly state: State }
  | { readonly end: 'forwarded'; readonly to: string; readonly state: State };

interface Budget {
  forks: number;
  truncated: boolean;
}

interface Ctx {
  readonly query: ReachQuery;
  readonly ruleset: Ruleset;
  readonly budget: Budget;
}

/** Count a fork; false once the budget is spent (the caller then keeps one branch and the answer says so). */
function spend(ctx: Ctx): boolean {
  ctx.budget.forks++;
  if (ctx.budget.forks <= MAX_FORKS) return true;
  ctx.budget.truncated = true;
  return false;
}

const HOOK_ORDER: Readonly<Record<Hook, number>> = { ingress: 0, prerouting: 1, input: 2, forward: 3, output: 4, postrouting: 5 };

export function step(ruleset: Ruleset, rule: Rule): PathStep {
  return { file: rule.location.file, line: rule.location.range.start.line, chain: chainName(ruleset, rule.chain), rule: rule.text, location: rule.location, kind: 'rule' };
}

/** How a path names a chain: "INPUT" for iptables' filter table, "nat/PREROUTING" for others, the id for nftables. */
export function chainName(ruleset: Ruleset, id: string): string {
  const c = ruleset.chains.get(id);
  if (!c) return id;
  if (ruleset.backend === 'iptables') return c.table === 'filter' ? c.name : `${c.table}/${c.name}`;
  return c.id;
}

function policyStep(ruleset: Ruleset, base: BaseChain): PathStep {
  const chain = ruleset.chains.get(base.chain);
  const loc = base.policyLocation ?? chain?.location;
  return {
    file: loc?.file ?? ruleset.file,
    line: loc?.range.start.line ?? 0,
    chain: chainName(ruleset, base.chain),
    rule: `policy ${base.policy.toUpperCase()}`,
    ...(loc ? { location: loc } : {}),
    kind: 'policy',
  };
}

function flagsOf(state: State): ReadonlySet<TcpFlag> {
  return new Set<TcpFlag>([state.flags]);
}

type Tri = { readonly v: 'T' } | { readonly v: 'F' } | { readonly v: 'U'; readonly yes: State; readonly no: State };

function withAssumption(state: State, a: Omit<Assumption, 'holds'>, holds: boolean): State {
  return { ...state, assumptions: [...state.assumptions, { ...a, holds }] };
}

function known(state: State, key: string): boolean | undefined {
  for (const a of state.assumptions) if (a.key === key) return a.holds;
  return undefined;
}

function fork(ctx: Ctx, state: State, a: Omit<Assumption, 'holds'>): Tri {
  const prior = known(state, a.key);
  if (prior !== undefined) return { v: prior ? 'T' : 'F' };
  // Out of budget: keep one branch; the answer is then "depends" with a complexity condition.
  if (!spend(ctx)) return { v: 'T' };
  return { v: 'U', yes: withAssumption(state, a, true), no: withAssumption(state, a, false) };
}

function inRanges(port: number, ranges: readonly { from: number; to: number }[]): boolean {
  return ranges.some((r) => port >= r.from && port <= r.to);
}

function negate(t: Tri): Tri {
  if (t.v === 'U') return { v: 'U', yes: t.no, no: t.yes };
  return { v: t.v === 'T' ? 'F' : 'T' };
}

function bool(b: boolean): Tri {
  return { v: b ? 'T' : 'F' };
}

/** Address sets of saddr/daddr matches, computed once per match. */
const addressSets = new WeakMap<Match, AddressSet>();

function addressSet(m: Match & { readonly networks: readonly Network[] }, family: Family): AddressSet {
  let set = addressSets.get(m);
  if (!set) {
    set = fromNetworks(m.networks.filter((n) => n.family === family));
    addressSets.set(m, set);
  }
  return set;
}

/** Cost of evaluating a match kind: exact, cheap ones first so a rule fails before it forks on an unknown. */
const COST: Readonly<Record<Match['kind'], number>> = {
  protocol: 0, dport: 0, family: 0, fragment: 0, 'icmp-type': 0, oif: 0, ctstate: 1, tcpflags: 1, addrtype: 1, sport: 2, iif: 3, saddr: 4, daddr: 5, rate: 6, opaque: 7,
};

const evalOrder = new WeakMap<Rule, readonly Match[]>();

/** The rule's matches in evaluation order (a conjunction: order changes only which unknowns get forked on). */
function orderedMatches(rule: Rule): readonly Match[] {
  let order = evalOrder.get(rule);
  if (!order) {
    order = rule.matches.length < 2 ? rule.matches : [...rule.matches].sort((a, b) => COST[a.kind] - COST[b.kind]);
    evalOrder.set(rule, order);
  }
  return order;
}

function evalMatch(ctx: Ctx, m: Match, state: State): Tri {
  const raw = evalPositive(ctx, m, state);
  return m.negated ? negate(raw) : raw;
}

/** The match as if it were not negated. */
function evalPositive(ctx: Ctx, m: Match, state: State): Tri {
  const q = ctx.query;
  switch (m.kind) {
    case 'protocol':
      return bool(m.protocols.includes(6));
    case 'dport':
      return bool(inRanges(state.port, m.ports));
    case 'sport': {
      if (m.ports.some((r) => r.from <= EPHEMERAL.from && r.to >= EPHEMERAL.to)) return { v: 'T' };
      if (!m.ports.some((r) => r.to >= EPHEMERAL.from && r.from <= EPHEMERAL.to)) return { v: 'F' };
      return fork(ctx, state, { key: `sport:${m.text}`, description: `the client's source port matches ${m.text}`, kind: 'opaque', ...loc(m) });
    }
    case 'saddr': {
      const set = addressSet(m, q.family);
      const inside = intersect(state.sources, set);
      if (isEmpty(inside)) return { v: 'F' };
      const outside = subtract(state.sources, set, q.family);
      if (isEmpty(outside)) return { v: 'T' };
      if (!spend(ctx)) return { v: 'T' };
      return { v: 'U', yes: { ...state, sources: inside }, no: { ...state, sources: outside } };
    }
    case 'daddr': {
      const set = addressSet(m, q.family);
      if (isUniverse(set, q.family)) return { v: 'T' };
      if (q.destination !== undefined) {
        const d = parseAddress(q.destination);
        return bool(d !== undefined && !isEmpty(intersect(set, [[d.value, d.value]])));
      }
      return fork(ctx, state, { key: `daddr:${m.text}`, description: `the client connects to an address in ${m.networks.map((n) => n.text).join(',')}`, kind: 'destination', ...loc(m) });
    }
    case 'iif': {
      const r = ifaceMatch(state.iface, m.interfaces);
      if (r !== 'U') return { v: r };
      if (!spend(ctx)) return { v: 'T' };
      const what = describePatterns(m.interfaces);
      const a = { key: `iif:${what}`, description: `the input interface is ${what}`, kind: 'interface' as const, ...loc(m) };
      return {
        v: 'U',
        yes: withAssumption({ ...state, iface: assumeIface(state.iface, m.interfaces, true) }, a, true),
        no: withAssumption({ ...state, iface: assumeIface(state.iface, m.interfaces, false) }, a, false),
      };
    }
    case 'oif':
      // Packets for a local socket have no output interface yet.
      return { v: 'F' };
    case 'ctstate': {
      const states = new Set(m.states);
      if (state.dnat && states.has('dnat')) return { v: 'T' };
      return bool(states.has(state.ct));
    }
    case 'tcpflags': {
      const flags = flagsOf(state);
      return bool(m.mask.every((f) => flags.has(f) === m.set.includes(f)));
    }
    case 'addrtype':
      // A connection to the local sshd: the destination is LOCAL; the client's address routes as UNICAST.
      return bool(m.types.includes(m.side === 'dst' ? 'LOCAL' : 'UNICAST'));
    case 'fragment':
    case 'icmp-type':
      return { v: 'F' };
    case 'family':
      return bool(m.family === q.family);
    case 'rate': {
      const t = fork(ctx, state, { key: `rate:${m.location ? `${m.location.file}:${m.location.range.start.line}` : ''}:${m.text}`, description: `the ${m.module} match (${m.text}) ${m.fresh ? 'matches' : 'does not match'} as for a first connection`, kind: 'rate', ...loc(m) });
      // Assumption "holds" means: the match behaves as for a fresh source.
      if (t.v === 'U') return m.fresh ? t : { v: 'U', yes: t.no, no: t.yes };
      return t.v === 'T' ? bool(m.fresh) : bool(!m.fresh);
    }
    case 'opaque':
      return fork(ctx, state, { key: `opaque:${m.key}`, description: `${m.module} (${m.text}) matches`, kind: 'opaque', ...loc(m) });
  }
}

function loc(m: Match): { location?: Match['location'] } {
  return m.location ? { location: m.location } : {};
}

function isRateMatch(m: Match): boolean {
  return m.kind === 'rate';
}

/** Split `state` by whether all matches of `rule` hold. */
function matchRule(ctx: Ctx, rule: Rule, state: State): { matched: State[]; unmatched: State[] } {
  let pending: State[] = [state];
  const unmatched: State[] = [];
  for (const m of orderedMatches(rule)) {
    const next: State[] = [];
    for (const s of pending) {
      const t = evalMatch(ctx, m, s);
      if (t.v === 'T') next.push(s);
      else if (t.v === 'F') unmatched.push(s);
      else {
        next.push(t.yes);
        unmatched.push(t.no);
      }
    }
    pending = next;
    if (pending.length === 0) break;
  }
  return { matched: pending, unmatched };
}

function runChain(ctx: Ctx, chainId: string, start: number, state0: State, depth: number): ChainEnd[] {
  const chain: Chain | undefined = ctx.ruleset.chains.get(chainId);
  if (!chain) return [{ end: 'return', state: state0 }];
  if (depth > MAX_DEPTH) {
    ctx.budget.truncated = true;
    return [{ end: 'return', state: state0 }];
  }
  const out: ChainEnd[] = [];
  let state = state0;
  for (let i = start; i < chain.rules.length; i++) {
    const rule = chain.rules[i] as Rule;
    const { matched, unmatched } = matchRule(ctx, rule, state);
    if (matched.length === 0) {
      if (unmatched.length === 1) {
        state = unmatched[0] as State;
        continue;
      }
    } else if (rule.matches.some(isRateMatch)) {
      // Remember rate limits on the path whether or not the limit is hit.
      matched.splice(0, matched.length, ...matched.map((s) => ({ ...s, rateLimits: [...s.rateLimits, step(ctx.ruleset, rule)] })));
    }
    for (const s of unmatched) out.push(...runChain(ctx, chainId, i + 1, s, depth));
    for (const s of matched) out.push(...applyAction(ctx, chain, i, rule, s, depth));
    return out;
  }
  return [{ end: 'return', state }];
}

function applyAction(ctx: Ctx, chain: Chain, i: number, rule: Rule, s0: State, depth: number): ChainEnd[] {
  const a = rule.action;
  const here = step(ctx.ruleset, rule);
  const s = { ...s0, path: [...s0.path, here] };
  switch (a.kind) {
    case 'accept':
      return [{ end: 'accept', state: s }];
    case 'drop':
      return [{ end: 'drop', state: s }];
    case 'reject':
      return [{ end: 'reject', with: a.with, state: s }];
    case 'return':
      return [{ end: 'return', state: s }];
    case 'queue':
      return [{ end: 'queue', state: s }];
    case 'jump': {
      const out: ChainEnd[] = [];
      for (const r of runChain(ctx, a.chain, 0, s, depth + 1)) {
        if (r.end === 'return') out.push(...runChain(ctx, chain.id, i + 1, r.state, depth));
        else out.push(r);
      }
      return out;
    }
    case 'goto':
      return runChain(ctx, a.chain, 0, s, depth + 1);
    case 'continue':
      return runChain(ctx, chain.id, i + 1, s0, depth);
    case 'notrack':
      return runChain(ctx, chain.id, i + 1, s0.ct === 'new' ? { ...s, ct: 'untracked' } : s, depth);
    case 'redirect': {
      const port = a.toPorts ? a.toPorts.from : s.port;
      return [{ end: 'accept', state: { ...s, port, dnat: true } }];
    }
    case 'dnat': {
      const port = a.toPorts ? a.toPorts.from : s.port;
      const moved = { ...s, port, dnat: true };
      if (a.toAddress === undefined) return [{ end: 'accept', state: moved }];
      const q = ctx.query;
      if (q.destination !== undefined) {
        const same = parseAddress(q.destination)?.value === parseAddress(a.toAddress)?.value;
        return [same ? { end: 'accept', state: moved } : { end: 'forwarded', to: a.toAddress, state: moved }];
      }
      const t = fork(ctx, moved, { key: `dnat:${a.toAddress}`, description: `${a.toAddress} is an address of this host (DNAT target)`, kind: 'nat', location: rule.location });
      if (t.v === 'T') return [{ end: 'accept', state: moved }];
      if (t.v === 'F') return [{ end: 'forwarded', to: a.toAddress, state: moved }];
      return [
        { end: 'accept', state: t.yes },
        { end: 'forwarded', to: a.toAddress, state: t.no },
      ];
    }
    case 'snat':
      return [{ end: 'accept', state: s }];
  }
}

export function rejectSymptom(type: RejectType): Symptom {
  switch (type) {
    case 'icmp-port-unreachable':
    case 'icmp6-port-unreachable':
    case 'tcp-reset':
      return 'refused';
    case 'icmp-net-unreachable':
    case 'icmp-host-unreachable':
    case 'icmp-proto-unreachable':
    case 'icmp-net-prohibited':
    case 'icmp-host-prohibited':
    case 'icmp-admin-prohibited':
    case 'icmp6-no-route':
    case 'icmp6-adm-prohibited':
    case 'icmp6-addr-unreachable':
    case 'icmp6-policy-fail':
    case 'icmp6-reject-route':
      return 'unreachable';
  }
}

function outcomeOf(state: State, verdict: Outcome['verdict'], family: Family, rejectWith?: RejectType): Outcome {
  return {
    verdict,
    symptom: verdict === 'accepted' ? 'open' : verdict === 'dropped' ? 'timeout' : rejectSymptom(rejectWith ?? 'icmp-port-unreachable'),
    ...(rejectWith ? { rejectWith } : {}),
    path: state.path,
    assumptions: state.assumptions,
    sources: isUniverse(state.sources, family) ? [family === 4 ? '0.0.0.0/0' : '::/0'] : toCidrs(state.sources, family),
    finalPort: state.port,
    rateLimits: state.rateLimits,
  };
}

/** The main input filter chain (iptables filter/INPUT, an nft filter chain at priority 0) or any input filter chain with rules. */
function showsAcceptPolicy(h: HookedChain): boolean {
  if (h.base.type !== 'filter' || h.base.hook !== 'input') return false;
  const chain = h.ruleset.chains.get(h.base.chain);
  return h.base.priority === 0 || (chain !== undefined && chain.rules.length > 0);
}

interface HookedChain {
  readonly ruleset: Ruleset;
  readonly base: BaseChain;
  readonly order: number;
}

/** Every outcome of a packet through the base chains of the input path of `rulesets`, for `query`. */
export function evaluateReach(rulesets: readonly Ruleset[], query: ReachQuery): ReachAnswer {
  const family = query.family;
  const relevant = rulesets.filter((r) => r.families.includes(family));
  if (relevant.length === 0) {
    return {
      verdict: 'depends',
      family,
      port: query.port,
      path: [],
      outcomes: [],
      conditions: [{ kind: 'no-ruleset', family, description: `no IPv${family} firewall rules were found; what the host does with IPv${family} is unknown` }],
    };
  }
  const hooked: HookedChain[] = [];
  let order = 0;
  for (const ruleset of relevant) for (const base of ruleset.baseChains) {
    if (base.families.includes(family) && (base.hook === 'ingress' || base.hook === 'prerouting' || base.hook === 'input')) hooked.push({ ruleset, base, order: order++ });
  }
  hooked.sort((a, b) => HOOK_ORDER[a.base.hook] - HOOK_ORDER[b.base.hook] || a.base.priority - b.base.priority || a.order - b.order);

  const src = query.source !== undefined ? parseAddress(query.source) : undefined;
  const start: State = {
    port: query.port,
    sources: src && src.family === family ? [[src.value, src.value]] : universe(family),
    iface: initialIface(query.iface),
    ct: query.state === 'established' ? 'established' : 'new',
    flags: query.state === 'established' ? 'ack' : 'syn',
    dnat: false,
    assumptions: [],
    path: [],
    rateLimits: [],
  };
  const budget: Budget = { forks: 0, truncated: false };
  const run = (starts: readonly State[]): { accepted: State[]; ended: Outcome[] } => {
    const ended: Outcome[] = [];
    let live: State[] = [...starts];
    for (const h of hooked) {
      const next: State[] = [];
      for (const state of live) {
        // nat chains see only the first packet of a connection, and never untracked ones.
        if (h.base.type === 'nat' && state.ct !== 'new') {
          // ...but conntrack applies the first packet's translation at the same place.
          next.push(state.natPort !== undefined && h.base.hook === 'prerouting' ? { ...state, port: state.natPort } : state);
          continue;
        }
        const ctx: Ctx = { query, ruleset: h.ruleset, budget };
        const ends = runChain(ctx, h.base.chain, 0, state, 0);
        for (const e of ends) {
          switch (e.end) {
            case 'accept':
              next.push(e.state);
              break;
            case 'return':
              // An input filter chain's ACCEPT policy is a decision worth showing ("accepted by the policy").
              if (h.base.policy === 'accept') next.push(showsAcceptPolicy(h) ? { ...e.state, path: [...e.state.path, policyStep(h.ruleset, h.base)] } : e.state);
              else ended.push(outcomeOf({ ...e.state, path: [...e.state.path, policyStep(h.ruleset, h.base)] }, 'dropped', family));
              break;
            case 'drop':
              ended.push(outcomeOf(e.state, 'dropped', family));
              break;
            case 'reject':
              ended.push(outcomeOf(e.state, 'rejected', family, e.with));
              break;
            case 'forwarded':
              // DNAT to another machine: the packet never reaches the local sshd.
              ended.push(outcomeOf(e.state, 'dropped', family));
              break;
            case 'queue': {
              const a = { key: `queue:${e.state.path.map((p) => p.line).join(',')}`, description: 'the userspace program behind QUEUE/NFQUEUE accepts the packet', kind: 'queue' as const };
              next.push(withAssumption(e.state, a, true));
              ended.push(outcomeOf(withAssumption(e.state, a, false), 'dropped', family));
              break;
            }
          }
        }
      }
      live = next;
    }
    return { accepted: live, ended };
  };

  const first = run([start]);
  const outcomes: Outcome[] = [...first.ended];
  if (query.state === 'established') {
    for (const s of first.accepted) outcomes.push(outcomeOf(s, 'accepted', family));
  } else {
    // The SYN got in; the client's next packets (the handshake's ACK, then data) are ESTABLISHED, keep the
    // nat translation, and must get in too.
    for (const s of first.accepted) {
      const follow = run([{ ...s, port: query.port, ...(s.dnat ? { natPort: s.port } : {}), ct: s.ct === 'untracked' ? 'untracked' : 'established', flags: 'ack', path: [] }]);
      for (const a of follow.accepted) outcomes.push(outcomeOf({ ...a, path: s.path }, 'accepted', family));
      for (const o of follow.ended) {
        const path = [...s.path, ...o.path];
        outcomes.push(o.verdict === 'dropped' ? { ...o, path, symptom: 'stalled' } : { ...o, path });
      }
    }
  }
  return summarize(query, outcomes, budget.truncated);
}

function summarize(query: ReachQuery, outcomes: Outcome[], truncated: boolean): ReachAnswer {
  const family = query.family;
  const first = outcomes[0];
  const agree = first !== undefined && outcomes.every((o) => o.verdict === first.verdict && o.symptom === first.symptom);
  const conditions: ReachCondition[] = [];
  if (truncated) conditions.push({ kind: 'complexity', description: 'the ruleset has too many undecidable branches; sshlint stopped exploring them' });
  if (agree && !truncated) {
    return { verdict: first.verdict, family, port: query.port, symptom: first.symptom, path: first.path, conditions, outcomes };
  }
  const accepted = outcomes.filter((o) => o.verdict === 'accepted');
  // Source: which client addresses get in.
  let acceptedSources: AddressSet = [];
  for (const o of accepted) {
    for (const c of o.sources) {
      const n = parseCidrSet(c, family);
      acceptedSources = union(acceptedSources, n);
    }
  }
  const sourceMatters = outcomes.some((o) => o.sources.length !== 1 || !o.sources[0]?.endsWith('/0'));
  if (sourceMatters && !isUniverse(acceptedSources, family)) {
    const list = isEmpty(acceptedSources) ? [] : toCidrs(acceptedSources, family);
    conditions.push({ kind: 'source', accepted: list, description: list.length ? `accepted only from ${list.join(', ')}` : 'accepted from no source address' });
  }
  const seen = new Set<string>();
  const ifaces = new Set<string>();
  const ifaceAccepted = new Set<string>();
  // "Accepted only on X" holds when every accepted outcome needed a positive interface assumption.
  let everyAcceptRestricted = accepted.length > 0;
  for (const o of outcomes) {
    let restricted = false;
    for (const a of o.assumptions) {
      if (a.kind === 'interface') {
        const name = a.description.replace(/^the input interface is /, '');
        ifaces.add(name);
        if (a.holds && o.verdict === 'accepted') {
          ifaceAccepted.add(name);
          restricted = true;
        }
        continue;
      }
      if (seen.has(a.key)) continue;
      seen.add(a.key);
      conditions.push({ kind: a.kind === 'source' ? 'opaque' : a.kind, description: `depends on whether ${a.description}`, ...(a.location ? { location: a.location } : {}) });
    }
    if (o.verdict === 'accepted' && !restricted) everyAcceptRestricted = false;
  }
  if (ifaces.size > 0) {
    const list = [...ifaceAccepted].sort();
    conditions.push(
      everyAcceptRestricted
        ? { kind: 'interface', accepted: list, description: `accepted only on input interface ${list.join(', ')}` }
        : { kind: 'interface', accepted: [], description: `depends on the input interface (${[...ifaces].sort().join('; ')})` },
    );
  }
  const verdict = agree && first ? first.verdict : 'depends';
  const shown = accepted[0] ?? first;
  return { verdict, family, port: query.port, ...(agree && first ? { symptom: first.symptom } : {}), path: shown?.path ?? [], conditions, outcomes };
}

function parseCidrSet(c: string, family: Family): AddressSet {
  const slash = c.indexOf('/');
  const a = parseAddress(slash < 0 ? c : c.slice(0, slash));
  if (!a) return [];
  const bits = family === 4 ? 32 : 128;
  const len = slash < 0 ? bits : Number(c.slice(slash + 1));
  const host = BigInt(bits - len);
  const lo = (a.value >> host) << host;
  return [[lo, lo | ((1n << host) - 1n)]];
}
