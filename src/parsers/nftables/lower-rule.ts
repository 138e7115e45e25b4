import { parseNetwork } from '../../model/firewall/addresses.js';
import { resolvePort } from '../../model/firewall/services.js';
import type { Action, CtState, Family, InterfacePattern, Match, Network, PortRange, RejectType, TcpFlag } from '../../model/firewall/types.js';
import type { Location } from '../../model/position.js';
import type { FileToken, NftFamily, NftSet } from './ast.js';

/**
 * One nft rule (a token list) → model matches and action. A vmap gives one lowered rule per element.
 * Expressions sshlint cannot decide become `opaque` matches; nothing is guessed.
 */

export interface RuleEnv {
  readonly family: NftFamily;
  readonly sets: ReadonlyMap<string, NftSet>;
  /** Chain id for a chain name of the same table, or undefined when the table has no such chain. */
  readonly chainId: (name: string) => string | undefined;
  readonly problems: { severity: 'error' | 'warning'; code: string; message: string; at: FileToken; to?: FileToken }[];
}

export interface LoweredRule {
  readonly matches: readonly Match[];
  readonly action: Action;
  readonly comment?: string;
}

const PROTO_NUM: Readonly<Record<string, number>> = { icmp: 1, igmp: 2, tcp: 6, udp: 17, ipv6: 41, gre: 47, esp: 50, ah: 51, 'ipv6-icmp': 58, icmpv6: 58, sctp: 132, udplite: 136, dccp: 33 };
const PORT_PROTOS: Readonly<Record<string, number | undefined>> = { tcp: 6, udp: 17, sctp: 132, dccp: 33, udplite: 136, th: undefined };
const CT_STATES: readonly CtState[] = ['new', 'established', 'related', 'invalid', 'untracked'];
const TCP_FLAGS: readonly TcpFlag[] = ['fin', 'syn', 'rst', 'psh', 'ack', 'urg', 'ecn', 'cwr'];
const META_KEYS = new Set(['iif', 'iifname', 'oif', 'oifname', 'l4proto', 'nfproto', 'protocol', 'mark', 'pkttype', 'skuid', 'skgid', 'iiftype', 'oiftype', 'iifgroup', 'oifgroup', 'cpu', 'length', 'priority', 'rtclassid', 'cgroup', 'random', 'secpath', 'ibrname', 'obrname', 'ibriport', 'obriport', 'iifkind', 'oifkind', 'time', 'day', 'hour', 'sdif', 'sdifname', 'broute', 'ipsec', 'nftrace']);
const VERDICTS = new Set(['accept', 'drop', 'reject', 'return', 'continue', 'jump', 'goto', 'queue', 'redirect', 'dnat', 'snat', 'masquerade', 'tproxy', 'synproxy']);
const STATEMENTS = new Set(['counter', 'log', 'comment', 'limit', 'notrack', 'add', 'update', 'delete', 'quota', 'meter', 'dup', 'fwd', 'mark', 'set', 'flow', 'xt']);

const ICMP_REJECT: Readonly<Record<string, RejectType>> = {
  'net-unreachable': 'icmp-net-unreachable', 'host-unreachable': 'icmp-host-unreachable', 'prot-unreachable': 'icmp-proto-unreachable',
  'port-unreachable': 'icmp-port-unreachable', 'net-prohibited': 'icmp-net-prohibited', 'host-prohibited': 'icmp-host-prohibited',
  'admin-prohibited': 'icmp-admin-prohibited',
};
const ICMP6_REJECT: Readonly<Record<string, RejectType>> = {
  'no-route': 'icmp6-no-route', 'admin-prohibited': 'icmp6-adm-prohibited', 'addr-unreachable': 'icmp6-addr-unreachable',
  'port-unreachable': 'icmp6-port-unreachable', 'policy-fail': 'icmp6-policy-fail', 'reject-route': 'icmp6-reject-route',
};
/** `icmpx` codes, as the kernel translates them for IPv4 (the symptom is the same for IPv6). */
const ICMPX_REJECT: Readonly<Record<string, RejectType>> = {
  'port-unreachable': 'icmp-port-unreachable', 'admin-prohibited': 'icmp-admin-prohibited', 'no-route': 'icmp-net-unreachable', 'host-unreachable': 'icmp-host-unreachable',
};

export function tokenLocation(a: FileToken, b: FileToken = a): Location {
  return { file: a.file, range: { start: { line: a.line, column: a.col }, end: b.file === a.file ? { line: b.line, column: b.end } : { line: a.line, column: a.end } } };
}

function textOf(tokens: readonly FileToken[]): string {
  let out = '';
  let prev: FileToken | undefined;
  for (const t of tokens) {
    const v = t.kind === 'string' ? JSON.stringify(t.value) : t.value;
    const glue = prev && (prev.value === '@' || prev.value === '$' || prev.value === '!' && t.value === '=' || t.value === ',' || (prev.line === t.line && prev.end === t.col && prev.kind !== 'string'));
    out += out && !glue ? ` ${v}` : v;
    prev = t;
  }
  return out;
}

type Value =
  | { readonly kind: 'list'; readonly items: readonly (readonly FileToken[])[] }
  | { readonly kind: 'setref'; readonly name: string; readonly token: FileToken };

class RuleLowering {
  private k = 0;
  readonly matches: Match[] = [];
  private action: Action | undefined;
  private comment: string | undefined;
  /** vmap elements: extra matches and verdicts. */
  private vmap: { matches: Match[]; action: Action }[] | undefined;

  constructor(private readonly toks: readonly FileToken[], private readonly env: RuleEnv) {}

  private peek(n = 0): FileToken | undefined {
    return this.toks[this.k + n];
  }
  private at(v: string, n = 0): boolean {
    const t = this.peek(n);
    return t !== undefined && t.kind !== 'string' && t.value === v;
  }
  private problem(severity: 'error' | 'warning', code: string, message: string, at: FileToken, to?: FileToken): void {
    this.env.problems.push({ severity, code, message, at, ...(to ? { to } : {}) });
  }

  run(): LoweredRule[] {
    while (this.k < this.toks.length) {
      const t = this.peek();
      if (!t) break;
      if (this.action || this.vmap) {
        // Statements after a verdict are never evaluated; only a trailing comment matters.
        if (this.at('comment') && this.peek(1)?.kind === 'string') this.comment = this.peek(1)?.value;
        this.k++;
        continue;
      }
      this.element(t);
    }
    const comment = this.comment !== undefined ? { comment: this.comment } : {};
    if (this.notrack && !this.vmap) {
      const nt: LoweredRule = { matches: this.matches, action: { kind: 'notrack' }, ...comment };
      return this.action ? [nt, { matches: this.matches, action: this.action, ...comment }] : [nt];
    }
    if (this.vmap) return this.vmap.map((v) => ({ matches: [...this.matches, ...v.matches], action: v.action, ...comment }));
    return [{ matches: this.matches, action: this.action ?? { kind: 'continue', what: 'no verdict' }, ...comment }];
  }

  private element(t: FileToken): void {
    if (t.kind === 'word' && VERDICTS.has(t.value)) return this.verdict(t);
    if (t.kind === 'word' && STATEMENTS.has(t.value) && this.statement(t)) return;
    if (t.kind === 'word') return this.expression(t);
    this.problem('error', 'syntax', `unexpected "${t.value}"`, t);
    this.k++;
  }

  // ---- statements ----------------------------------------------------------------------------------------

  private statement(t: FileToken): boolean {
    const start = this.k;
    switch (t.value) {
      case 'counter':
        this.k++;
        if (this.at('packets')) this.k += 4;
        else if (this.at('name')) this.k += 2;
        return true;
      case 'log':
        this.k++;
        while (this.peek() && ['prefix', 'level', 'group', 'snaplen', 'queue-threshold'].includes(this.peek()?.value ?? '') && this.peek()?.kind === 'word') this.k += 2;
        if (this.at('flags')) {
          this.k += 2;
          while (this.at(',')) this.k += 2;
        }
        return true;
      case 'comment':
        if (this.peek(1)?.kind === 'string') {
          this.comment = this.peek(1)?.value;
          this.k += 2;
          return true;
        }
        return false;
      case 'limit': {
        this.k++;
        if (this.at('rate')) this.k++;
        const over = this.at('over');
        if (over) this.k++;
        while (this.peek() && !this.isBoundary(this.peek())) this.k++;
        this.pushRate(start, 'limit', !over);
        return true;
      }
      case 'notrack':
        this.k++;
        // A notrack statement is not a verdict; evaluation goes on, untracked.
        this.setAction({ kind: 'notrack' }, t, false);
        return true;
      case 'add':
      case 'update':
      case 'delete':
        if (this.at('@', 1)) {
          this.k += 3;
          if (this.at('{')) this.skipBraces();
          return true;
        }
        return false;
      case 'meter':
        this.k += 2;
        if (this.at('size')) this.k += 2;
        if (this.at('{')) this.skipBraces();
        this.pushOpaque(start, 'meter');
        return true;
      case 'quota':
        this.k++;
        while (this.peek() && !this.isBoundary(this.peek())) this.k++;
        this.pushOpaque(start, 'quota');
        return true;
      case 'xt': {
        this.k += 3;
        this.pushOpaque(start, `xt ${this.toks[start + 1]?.value ?? ''} ${this.toks[start + 2]?.value ?? ''}`);
        return true;
      }
      default:
        return false;
    }
  }

  private pushRate(start: number, module: string, fresh: boolean): void {
    const span = this.toks.slice(start, this.k);
    const first = span[0];
    if (!first) return;
    this.matches.push({ kind: 'rate', module, fresh, negated: false, text: textOf(span), location: tokenLocation(first, span[span.length - 1]) });
  }

  private pushOpaque(start: number, module: string): void {
    const span = this.toks.slice(start, Math.max(this.k, start + 1));
    const first = span[0];
    if (!first) return;
    const text = textOf(span);
    this.matches.push({ kind: 'opaque', module, key: `nft:${text}`, negated: false, text, location: tokenLocation(first, span[span.length - 1]) });
  }

  private skipBraces(): void {
    let depth = 0;
    while (this.peek()) {
      const t = this.toks[this.k++];
      if (t?.value === '{' && t.kind === 'punct') depth++;
      if (t?.value === '}' && t.kind === 'punct' && --depth === 0) return;
    }
  }

  /** A token that starts a new statement or verdict. */
  private isBoundary(t: FileToken | undefined): boolean {
    if (!t || t.kind !== 'word') return false;
    return VERDICTS.has(t.value) || STATEMENTS.has(t.value) || PORT_PROTOS[t.value] !== undefined || t.value === 'th' || ['ip', 'ip6', 'meta', 'ct', 'iif', 'iifname', 'oif', 'oifname', 'fib', 'icmp', 'icmpv6'].includes(t.value);
  }

  // ---- verdicts ------------------------------------------------------------------------------------------

  private setAction(a: Action, at: FileToken, terminal = true): void {
    if (!terminal) {
      this.notrack = at;
      return;
    }
    this.action = a;
  }
  notrack: FileToken | undefined;

  private verdict(t: FileToken): void {
    this.k++;
    const action = this.verdictAction(t);
    if (action) this.setAction(action, t);
  }

  private verdictAction(t: FileToken): Action | undefined {
    switch (t.value) {
      case 'accept':
        return { kind: 'accept' };
      case 'drop':
        return { kind: 'drop' };
      case 'return':
        return { kind: 'return' };
      case 'continue':
        return { kind: 'continue', what: 'continue' };
      case 'jump':
      case 'goto': {
        const target = this.toks[this.k++];
        if (!target) {
          this.problem('error', 'syntax', `${t.value} needs a chain`, t);
          return undefined;
        }
        if (target.kind === 'punct' && target.value === '{') {
          this.problem('warning', 'anonymous-chain', 'anonymous chains are not modelled', t);
          this.k--;
          this.skipBraces();
          return { kind: 'queue' };
        }
        const id = this.env.chainId(target.value);
        if (!id) {
          this.problem('error', 'no-such-chain', `${t.value} to chain "${target.value}", which this table does not have (nft -f refuses it)`, target);
          return undefined;
        }
        return { kind: t.value, chain: id };
      }
      case 'reject':
        return this.reject(t);
      case 'queue':
        while (this.peek() && !this.isBoundary(this.peek())) this.k++;
        return { kind: 'queue' };
      case 'redirect': {
        let toPorts: PortRange | undefined;
        if (this.at('to')) {
          this.k++;
          const p = this.toks[this.k++];
          const port = p ? resolvePort(p.value.replace(/^:/, '')) : undefined;
          if (p && port === undefined) this.problem('error', 'invalid-port', `invalid port "${p.value}"`, p);
          if (port !== undefined) toPorts = { from: port, to: port };
          if (!this.matches.some((m) => m.kind === 'protocol' && !m.negated && m.protocols.length > 0)) {
            this.problem('error', 'redirect-needs-protocol', 'redirect to a port needs a tcp/udp match before it', t);
          }
        }
        this.skipNatFlags();
        return { kind: 'redirect', ...(toPorts ? { toPorts } : {}) };
      }
      case 'dnat': {
        if (this.at('ip') || this.at('ip6')) this.k++;
        if (this.at('to')) this.k++;
        const target = this.toks[this.k++];
        this.skipNatFlags();
        return this.dnat(target);
      }
      case 'snat':
      case 'masquerade':
        while (this.peek() && !this.isBoundary(this.peek())) this.k++;
        return { kind: 'snat' };
      case 'tproxy':
      case 'synproxy':
        while (this.peek() && !this.isBoundary(this.peek())) this.k++;
        return { kind: 'queue' };
      default:
        return undefined;
    }
  }

  private skipNatFlags(): void {
    while (this.peek() && ['random', 'fully-random', 'persistent', ','].includes(this.peek()?.value ?? '')) this.k++;
  }

  private dnat(target: FileToken | undefined): Action {
    if (!target) return { kind: 'dnat' };
    const v = target.value;
    let addr = v;
    let port: string | undefined;
    const bracket = /^\[(.+)\]:(\S+)$/.exec(v);
    if (bracket) {
      addr = bracket[1] ?? '';
      port = bracket[2];
    } else if (v.startsWith(':')) {
      addr = '';
      port = v.slice(1);
    } else if ((v.match(/:/g) ?? []).length === 1) {
      [addr = '', port] = v.split(':');
    }
    const p = port !== undefined ? resolvePort(port) : undefined;
    return { kind: 'dnat', ...(addr ? { toAddress: addr } : {}), ...(p !== undefined ? { toPorts: { from: p, to: p } } : {}) };
  }

  private reject(t: FileToken): Action {
    const fallback: RejectType = this.env.family === 'ip6' ? 'icmp6-port-unreachable' : 'icmp-port-unreachable';
    if (!this.at('with')) return { kind: 'reject', with: fallback };
    this.k++;
    const kind = this.toks[this.k++];
    if (kind?.value === 'tcp') {
      if (this.at('reset')) this.k++;
      if (this.l4 !== undefined && this.l4 !== 'tcp') this.problem('error', 'invalid-reject', 'reject with tcp reset after a match of another protocol (nft -f refuses it)', kind);
      // The kernel can only reset TCP: nft adds a `meta l4proto tcp` dependency.
      this.matches.push({ kind: 'protocol', protocols: [6], negated: false, text: 'reject with tcp reset', location: tokenLocation(kind) });
      return { kind: 'reject', with: 'tcp-reset' };
    }
    if (this.at('type')) this.k++;
    const code = this.toks[this.k++];
    const table = kind?.value === 'icmp' ? ICMP_REJECT : kind?.value === 'icmpv6' ? ICMP6_REJECT : kind?.value === 'icmpx' ? ICMPX_REJECT : undefined;
    const type = table && code ? table[code.value] : undefined;
    if (kind?.value === 'icmpx' && this.env.family !== 'inet' && this.env.family !== 'netdev' && this.env.family !== 'bridge') {
      this.problem('error', 'invalid-reject', `reject with icmpx is only allowed in inet tables`, kind);
    }
    if (!type) {
      this.problem('error', 'invalid-reject', `unknown reject type "${textOf([kind, code].filter((x): x is FileToken => x !== undefined))}"`, kind ?? t, code);
      return { kind: 'reject', with: fallback };
    }
    if ((kind?.value === 'icmp' && this.env.family === 'ip6') || (kind?.value === 'icmpv6' && this.env.family === 'ip')) {
      this.problem('error', 'invalid-reject', `reject with ${kind.value} in a table of family ${this.env.family}`, kind);
    }
    if (kind?.value === 'icmp' || kind?.value === 'icmpv6') this.claim('l3', kind.value === 'icmp' ? 'ip' : 'ip6', kind);
    // In inet tables `with icmp` / `with icmpv6` add a family dependency: the rule only sees that family.
    if (this.env.family === 'inet' && (kind?.value === 'icmp' || kind?.value === 'icmpv6')) {
      this.matches.push({ kind: 'family', family: kind.value === 'icmp' ? 4 : 6, negated: false, text: `reject with ${kind.value}`, location: tokenLocation(kind) });
    }
    return { kind: 'reject', with: type };
  }

  // ---- match expressions ---------------------------------------------------------------------------------

  private expression(t: FileToken): void {
    const start = this.k;
    // Mangling statements (`meta mark set 1`, `tcp option maxseg size set rt mtu`): not matches.
    for (let j = this.k + 1; j < this.toks.length && j < this.k + 6; j++) {
      const w = this.toks[j];
      if (!w || w.kind !== 'word' || VERDICTS.has(w.value)) break;
      if (w.value === 'set') {
        this.k = j + 1;
        while (this.peek() && !this.isBoundary(this.peek())) this.k++;
        return;
      }
    }
    const sel = this.selector();
    if (!sel) {
      this.problem('warning', 'unknown-expression', `"${t.value}" is not understood; the rule is treated as depending on it`, t);
      this.k = start + 1;
      while (this.peek() && !this.isBoundary(this.peek())) this.k++;
      this.pushOpaque(start, t.value);
      return;
    }
    // Concatenations (`ip saddr . tcp dport @set`): opaque.
    if (this.at('.')) {
      while (this.at('.')) {
        this.k++;
        this.selector();
      }
      if (this.at('vmap')) {
        this.k++;
        const v = this.value();
        const items = v?.kind === 'list' ? v.items : [];
        const keyText = textOf(this.toks.slice(start, this.k - (v?.kind === 'list' ? 0 : 0))).split(' vmap ')[0] ?? '';
        this.vmap = [];
        for (const e of items) {
          const { key, verdict } = splitMapElement(e);
          const vt = verdict[0];
          const action = vt ? new RuleLowering(verdict, this.env).verdictOnly(vt) : undefined;
          const k0 = key[0];
          if (!action || !k0) continue;
          const text = `${keyText} ${textOf(key)}`;
          this.vmap.push({ matches: [{ kind: 'opaque', module: 'concatenation', key: `nft:${text}`, negated: false, text, location: tokenLocation(k0, key[key.length - 1]) }], action });
        }
        if (v?.kind === 'setref') {
          this.vmap = undefined;
          this.pushOpaque(start, 'concatenation');
          this.action = { kind: 'queue' };
        }
        return;
      }
      this.valueSpan();
      this.pushOpaque(start, 'concatenation');
      return;
    }
    // Bitwise operations on a field (`ip frag-off & 0x1fff != 0`): opaque unless it is `tcp flags`.
    if (sel.kind !== 'tcpflags' && ['&', '|', '^', '<<', '>>'].includes(this.peek()?.value ?? '') && this.peek()?.kind === 'punct') {
      this.k++;
      this.value();
      if (['==', '!=', '<', '>', '<=', '>='].includes(this.peek()?.value ?? '')) this.k++;
      this.value();
      this.pushOpaque(start, sel.name);
      return;
    }
    if (this.at('vmap') || this.at('map')) return this.mapExpression(sel, start);
    if (this.at('set')) {
      // `meta mark set 1`, `ct mark set …`: statements.
      this.k++;
      this.valueSpan();
      return;
    }
    if (sel.kind === 'tcpflags' && this.at('&')) {
      this.k++;
      const m = this.value();
      this.mask = m ? this.listOf(m) : [];
    }
    let negated = false;
    let op = '==';
    const o = this.peek();
    if (o?.kind === 'punct' && ['==', '!=', '<', '>', '<=', '>='].includes(o.value)) {
      op = o.value;
      negated = op === '!=';
      this.k++;
    } else if (o?.kind === 'punct' && o.value === '!') {
      negated = true;
      this.k++;
    } else if (o?.kind === 'word' && (o.value === 'eq' || o.value === 'ne')) {
      negated = o.value === 'ne';
      this.k++;
    }
    const value = this.value();
    const span = this.toks.slice(start, this.k);
    const first = span[0] ?? t;
    const base = { negated, text: textOf(span), location: tokenLocation(first, span[span.length - 1]) };
    if (!value) {
      this.problem('error', 'syntax', `"${textOf(span)}" needs a value`, first);
      return;
    }
    const lowered = this.lowerComparison(sel, op, value, base);
    this.matches.push(...lowered);
  }

  /** The left-hand side: `tcp dport`, `ip saddr`, `meta l4proto`, `iifname`, `ct state`, `fib daddr type`... */
  private selector(): Selector | undefined {
    const a = this.peek()?.value ?? '';
    const b = this.peek(1)?.value ?? '';
    if (a in PORT_PROTOS && (b === 'dport' || b === 'sport')) {
      this.k += 2;
      return { kind: b, proto: PORT_PROTOS[a], name: `${a} ${b}` };
    }
    if (a === 'tcp' && b === 'flags') {
      this.k += 2;
      return { kind: 'tcpflags', name: 'tcp flags' };
    }
    if ((a === 'ip' || a === 'ip6') && (b === 'saddr' || b === 'daddr')) {
      this.k += 2;
      return { kind: b, family: a === 'ip' ? 4 : 6, name: `${a} ${b}` };
    }
    if ((a === 'ip' && b === 'protocol') || (a === 'ip6' && b === 'nexthdr')) {
      this.k += 2;
      return { kind: 'protocol', family: a === 'ip' ? 4 : 6, name: `${a} ${b}` };
    }
    if ((a === 'icmp' || a === 'icmpv6') && b === 'type') {
      this.k += 2;
      return { kind: 'icmp', family: a === 'icmp' ? 4 : 6, name: `${a} type` };
    }
    if (a === 'fib') {
      this.k++;
      const words: string[] = [];
      while (this.peek() && ['saddr', 'daddr', 'mark', 'iif', '.'].includes(this.peek()?.value ?? '')) words.push(this.toks[this.k++]?.value ?? '');
      const result = this.toks[this.k++]?.value ?? '';
      if (words.join(' ') === 'daddr' && result === 'type') return { kind: 'fibtype', side: 'dst', name: 'fib daddr type' };
      if (words.join(' ') === 'saddr' && result === 'type') return { kind: 'fibtype', side: 'src', name: 'fib saddr type' };
      return { kind: 'opaque', name: `fib ${words.join(' ')} ${result}` };
    }
    if (a === 'ct' && b !== '') {
      this.k += 2;
      if (b === 'state') return { kind: 'ctstate', name: 'ct state' };
      if (b === 'status') return { kind: 'ctstatus', name: 'ct status' };
      if (b === 'count') {
        const over = this.at('over');
        if (over) this.k++;
        this.k++;
        return { kind: 'ctcount', over, name: 'ct count' };
      }
      if (b === 'original' || b === 'reply') this.k++;
      return { kind: 'opaque', name: `ct ${b}` };
    }
    const meta = a === 'meta' ? b : a;
    if ((a === 'meta' && b !== '') || META_KEYS.has(a)) {
      this.k += a === 'meta' ? 2 : 1;
      switch (meta) {
        case 'iif':
        case 'iifname':
          return { kind: 'iif', name: meta };
        case 'oif':
        case 'oifname':
          return { kind: 'oif', name: meta };
        case 'l4proto':
          return { kind: 'protocol', name: `meta l4proto` };
        case 'nfproto':
          return { kind: 'nfproto', name: 'meta nfproto' };
        case 'pkttype':
          return { kind: 'pkttype', name: 'meta pkttype' };
        default:
          return { kind: 'opaque', name: `meta ${meta}` };
      }
    }
    if (['ip', 'ip6', 'tcp', 'udp', 'th', 'icmp', 'icmpv6', 'socket', 'osf', 'rt', 'ipsec', 'exthdr', 'numgen', 'jhash', 'symhash', 'sctp', 'dccp', 'ah', 'esp', 'comp', 'udplite', 'ether', 'vlan', 'arp', 'frag', 'hbh', 'rt0', 'mh', 'dst', 'srh', 'tunnel'].includes(a)) {
      this.k++;
      while (this.peek()?.kind === 'word' && /^[a-z][a-z0-9-]*$/.test(this.peek()?.value ?? '') && !this.isBoundary(this.peek()) && !['vmap', 'map', 'set', 'eq', 'ne'].includes(this.peek()?.value ?? '') && this.looksLikeField()) this.k++;
      const fam = a === 'ip' ? 4 : a === 'ip6' ? 6 : undefined;
      return { kind: 'opaque', name: this.toks.slice(this.k - 2, this.k).map((x) => x.value).join(' '), ...(fam ? { family: fam } : {}) };
    }
    return undefined;
  }

  /** After a payload protocol name, words are field names until an operator or a value-looking token. */
  private looksLikeField(): boolean {
    const v = this.peek()?.value ?? '';
    const next = this.peek(1);
    // A field is followed by an operator, a value, `set`, `vmap`...; a value is followed by a boundary or the end.
    return next !== undefined && !this.isBoundary(next) && !/^\d/.test(v);
  }

  /** Skip a value (single token, `{ … }`, `@set`, comma/pipe lists). */
  private valueSpan(): void {
    this.value();
  }

  private value(): Value | undefined {
    const t = this.peek();
    if (!t) return undefined;
    if (t.kind === 'punct' && t.value === '@') {
      const name = this.peek(1);
      this.k += 2;
      return name ? { kind: 'setref', name: name.value, token: name } : undefined;
    }
    if (t.kind === 'punct' && t.value === '{') {
      const startK = this.k;
      this.skipBraces();
      return { kind: 'list', items: splitTop(this.toks.slice(startK, this.k)) };
    }
    if (t.kind === 'punct' && t.value === '(') {
      this.k++;
    }
    if (t.kind !== 'word' && t.kind !== 'string' && !(t.kind === 'punct' && t.value === '(')) return undefined;
    const items: FileToken[][] = [];
    // Bitmask lists: `established,related`, `fin | syn`, `tcp flags & (syn|ack) == syn`.
    for (;;) {
      const v = this.peek();
      if (!v || (v.kind !== 'word' && v.kind !== 'string')) break;
      this.k++;
      items.push([v]);
      if (this.at(',') || this.at('|')) {
        const after = this.peek(1);
        if (after && (after.kind === 'word' || after.kind === 'string') && !this.isBoundary(after)) {
          this.k++;
          continue;
        }
      }
      break;
    }
    if (this.at(')')) this.k++;
    return items.length ? { kind: 'list', items } : undefined;
  }

  private mask: string[] | undefined;

  /** Protocol context of the rule so far: nft refuses a rule whose matches need two different protocols. */
  private l3: string | undefined;
  private l4: string | undefined;

  private claim(layer: 'l3' | 'l4', proto: string, at: FileToken | undefined): void {
    const prior = this[layer];
    if (prior !== undefined && prior !== proto) {
      this.problem('error', 'conflicting-protocols', `conflicting protocols in one rule: ${prior} vs. ${proto} (nft -f refuses it)`, at ?? (this.toks[0] as FileToken));
    }
    this[layer] = proto;
  }

  private mapExpression(sel: Selector, start: number): void {
    const kw = this.toks[this.k++];
    const v = this.value();
    if (!kw || !v) {
      this.problem('error', 'syntax', 'vmap needs elements', kw ?? this.toks[start] ?? this.toks[0] as FileToken);
      return;
    }
    if (kw.value === 'map') {
      // A data map as a match value (`ip daddr map {…}` in dnat): not a verdict.
      this.pushOpaque(start, 'map');
      return;
    }
    const elements: { key: readonly FileToken[]; verdict: readonly FileToken[] }[] = [];
    if (v.kind === 'setref') {
      const set = this.env.sets.get(v.name);
      if (!set) {
        this.problem('error', 'no-such-set', `no such map: @${v.name}`, v.token);
        return;
      }
      if (set.hasTimeout) {
        this.pushOpaque(start, `map ${v.name}`);
        this.action = { kind: 'queue' };
        return;
      }
      for (const e of set.elements) elements.push(splitMapElement(e));
    } else {
      for (const e of v.items) elements.push(splitMapElement(e));
    }
    const out: { matches: Match[]; action: Action }[] = [];
    for (const e of elements) {
      const saved = this.k;
      const sub = new RuleLowering(e.verdict, this.env);
      const verdictTok = e.verdict[0];
      const action = verdictTok ? sub.verdictOnly(verdictTok) : undefined;
      this.k = saved;
      if (!action || !e.key[0]) continue;
      if (e.key.length === 1 && e.key[0].value === '*') {
        // The catch-all element: any key not listed before.
        out.push({ matches: [], action });
        continue;
      }
      const span = [...this.toks.slice(start, start + 2), ...e.key];
      const base = { negated: false, text: `${sel.name} ${textOf(e.key)}`, location: tokenLocation(e.key[0], e.key[e.key.length - 1]) };
      void span;
      out.push({ matches: this.lowerComparison(sel, '==', { kind: 'list', items: [e.key] }, base), action });
    }
    this.vmap = out;
  }

  verdictOnly(t: FileToken): Action | undefined {
    this.k = 1;
    return this.verdictAction(t);
  }

  // ---- comparison → model matches ------------------------------------------------------------------------

  private lowerComparison(sel: Selector, op: string, value: Value, base: { negated: boolean; text: string; location: Location }): Match[] {
    const at = this.toks.find((t) => t.line === base.location.range.start.line && t.col === base.location.range.start.column);
    // Payload matches need a protocol and check it against what earlier matches established; `meta l4proto`,
    // `meta nfproto` only set the context (`ip protocol` checks the family but sets the transport) (a set leaves its last element, as nft 1.0.6 does).
    if ('family' in sel && sel.family !== undefined && sel.kind !== 'icmp') this.claim('l3', sel.family === 4 ? 'ip' : 'ip6', at);
    if ((sel.kind === 'dport' || sel.kind === 'sport') && sel.proto !== undefined) this.claim('l4', sel.name.split(' ')[0] ?? '', at);
    if (sel.kind === 'tcpflags') this.claim('l4', 'tcp', at);
    const items = !base.negated && value.kind === 'list' ? value.items.map((i) => i.map((t) => t.value).join('')) : [];
    const lastItem = items[items.length - 1];
    if (sel.kind === 'protocol' && lastItem !== undefined) this.l4 = lastItem === 'ipv6-icmp' ? 'icmpv6' : lastItem;
    if (sel.kind === 'nfproto' && (lastItem === 'ipv4' || lastItem === 'ipv6')) this.l3 = lastItem === 'ipv4' ? 'ip' : 'ip6';
    const fam: Match[] = [];
    const famOf = 'family' in sel ? sel.family : undefined;
    if (famOf !== undefined && this.env.family !== 'ip' && this.env.family !== 'ip6') fam.push({ kind: 'family', family: famOf, negated: false, text: base.text, location: base.location });
    if (famOf !== undefined && ((this.env.family === 'ip' && famOf === 6) || (this.env.family === 'ip6' && famOf === 4))) {
      this.problem('error', 'conflicting-protocols', `${sel.name} in a table of family ${this.env.family} (nft -f refuses it: conflicting protocols)`, this.toks[0] as FileToken);
      return [{ kind: 'protocol', protocols: [], negated: false, text: base.text, location: base.location }];
    }
    switch (sel.kind) {
      case 'dport':
      case 'sport': {
        const protoMatch: Match[] = sel.proto !== undefined ? [{ kind: 'protocol', protocols: [sel.proto], negated: false, text: base.text, location: base.location }] : [];
        const ports = this.portsOf(value, op);
        if (!ports) return [...protoMatch, this.opaque(base, sel.name)];
        return [...protoMatch, { ...base, kind: sel.kind, ports }];
      }
      case 'saddr':
      case 'daddr': {
        const family = sel.family;
        const nets = this.networksOf(value, family);
        if (!nets) return [...fam, this.opaque(base, sel.name, value)];
        return [...fam, { ...base, kind: sel.kind, networks: nets }];
      }
      case 'protocol': {
        const protos = this.listOf(value)?.map((w) => (/^\d+$/.test(w) ? Number(w) : PROTO_NUM[w]));
        if (!protos || protos.some((p) => p === undefined)) return [...fam, this.opaque(base, sel.name, value)];
        return [...fam, { ...base, kind: 'protocol', protocols: protos as number[] }];
      }
      case 'icmp':
        return [...fam, { ...base, kind: 'icmp-type', type: this.listOf(value)?.join(',') ?? '' }];
      case 'iif':
      case 'oif': {
        const names = this.listOf(value);
        if (!names) return [this.opaque(base, sel.name, value)];
        const interfaces: InterfacePattern[] = names.map((n) => (n.endsWith('*') ? { name: n.slice(0, -1), prefix: true } : { name: n, prefix: false }));
        return [{ ...base, kind: sel.kind, interfaces }];
      }
      case 'ctstate':
      case 'ctstatus': {
        const words = this.listOf(value);
        const states = words?.map((w) => (sel.kind === 'ctstate' ? (CT_STATES as readonly string[]).includes(w) ? (w as CtState) : undefined : w === 'dnat' ? 'dnat' : w === 'snat' ? 'snat' : undefined));
        if (!states || states.some((s) => s === undefined)) {
          if (sel.kind === 'ctstate') this.problem('error', 'invalid-value', `invalid ct state "${words?.join(',') ?? ''}"`, this.toks[this.k - 1] as FileToken);
          return [this.opaque(base, sel.name, value)];
        }
        return [{ ...base, kind: 'ctstate', states: states as CtState[] }];
      }
      case 'ctcount':
        return [{ ...base, kind: 'rate', module: 'ct count', fresh: !sel.over }];
      case 'nfproto': {
        if (this.env.family !== 'inet') this.problem('error', 'nfproto-family', 'meta nfproto is only allowed in inet tables', this.toks[0] as FileToken);
        const words = this.listOf(value) ?? [];
        if (words.length !== 1 || (words[0] !== 'ipv4' && words[0] !== 'ipv6')) return [this.opaque(base, sel.name, value)];
        return [{ ...base, kind: 'family', family: words[0] === 'ipv4' ? 4 : 6 }];
      }
      case 'pkttype': {
        // A TCP connection to a local address is a unicast packet for this host.
        const words = this.listOf(value) ?? [];
        const host = words.includes('host');
        return [{ kind: 'protocol', protocols: host !== base.negated ? [6] : [], negated: false, text: base.text, location: base.location }];
      }
      case 'fibtype': {
        const types = this.listOf(value)?.map((w) => w.toUpperCase());
        if (!types) return [this.opaque(base, sel.name, value)];
        return [{ ...base, kind: 'addrtype', side: sel.side, types }];
      }
      case 'tcpflags': {
        const set = (this.listOf(value) ?? []).filter((f): f is TcpFlag => (TCP_FLAGS as readonly string[]).includes(f));
        const mask = this.mask ? this.mask.filter((f): f is TcpFlag => (TCP_FLAGS as readonly string[]).includes(f)) : op === '==' && base.text.includes('==') ? [...TCP_FLAGS] : set;
        this.mask = undefined;
        return [{ kind: 'protocol', protocols: [6], negated: false, text: base.text, location: base.location }, { ...base, kind: 'tcpflags', mask, set }];
      }
      case 'opaque':
        return [...fam, this.opaque(base, sel.name, value)];
    }
  }

  private opaque(base: { negated: boolean; text: string; location: Location }, module: string, value?: Value): Match {
    const key = value?.kind === 'setref' ? `set:${value.name}` : `nft:${base.text.replace(/^!\s*/, '')}`;
    return { ...base, kind: 'opaque', module: value?.kind === 'setref' ? `set @${value.name}` : module, key };
  }

  /** Words of a list value, resolving a named set with constant elements. */
  private listOf(value: Value): string[] | undefined {
    if (value.kind === 'setref') {
      const set = this.env.sets.get(value.name);
      if (!set) {
        this.problem('error', 'no-such-set', `no such set: @${value.name}`, value.token);
        return undefined;
      }
      if (set.hasTimeout) return undefined;
      return set.elements.map((e) => e.map((t) => t.value).join(''));
    }
    return value.items.map((e) => e.map((t) => t.value).join(''));
  }

  private portsOf(value: Value, op: string): PortRange[] | undefined {
    const words = this.listOf(value);
    if (!words) return undefined;
    const out: PortRange[] = [];
    for (const w of words) {
      const dash = w.indexOf('-', 1);
      const a = dash > 0 ? resolvePort(w.slice(0, dash)) : resolvePort(w);
      const b = dash > 0 ? resolvePort(w.slice(dash + 1)) : a;
      if (a === undefined || b === undefined || a > b) {
        this.problem('error', 'invalid-port', `invalid port "${w}"`, this.toks[this.k - 1] as FileToken);
        return undefined;
      }
      if (op === '<') out.push({ from: 0, to: a - 1 });
      else if (op === '<=') out.push({ from: 0, to: a });
      else if (op === '>') out.push({ from: a + 1, to: 65535 });
      else if (op === '>=') out.push({ from: a, to: 65535 });
      else out.push({ from: a, to: b });
    }
    return out.filter((r) => r.from <= r.to);
  }

  private networksOf(value: Value, family: Family): Network[] | undefined {
    const words = this.listOf(value);
    if (!words) return undefined;
    const out: Network[] = [];
    for (const w of words) {
      const n = parseNetwork(w, family);
      if (typeof n === 'string') {
        // Host names resolve at load time: unknown here.
        if (/^[a-z]/i.test(w) && !w.includes(':')) return undefined;
        this.problem('error', 'invalid-address', n, this.toks[this.k - 1] as FileToken);
        return undefined;
      }
      out.push(n);
    }
    return out;
  }
}

type Selector =
  | { kind: 'dport' | 'sport'; proto: number | undefined; name: string }
  | { kind: 'saddr' | 'daddr'; family: Family; name: string }
  | { kind: 'protocol'; family?: Family; name: string }
  | { kind: 'icmp'; family: Family; name: string }
  | { kind: 'iif' | 'oif' | 'ctstate' | 'ctstatus' | 'nfproto' | 'pkttype' | 'tcpflags'; name: string }
  | { kind: 'ctcount'; over: boolean; name: string }
  | { kind: 'fibtype'; side: 'src' | 'dst'; name: string }
  | { kind: 'opaque'; family?: Family; name: string };

/** Items of a `{ … }` token span (braces included), split at top-level commas. */
function splitTop(span: readonly FileToken[]): FileToken[][] {
  const out: FileToken[][] = [];
  let cur: FileToken[] = [];
  let depth = 0;
  for (const t of span) {
    if (t.kind === 'punct' && t.value === '{') {
      if (depth++ === 0) continue;
    }
    if (t.kind === 'punct' && t.value === '}') {
      if (--depth === 0) continue;
    }
    if (depth === 1 && t.kind === 'punct' && t.value === ',') {
      if (cur.length) out.push(cur);
      cur = [];
      continue;
    }
    cur.push(t);
  }
  if (cur.length) out.push(cur);
  return out;
}

/** `key : verdict` (the tokenizer keeps `established:accept` as one word; split it). */
function splitMapElement(raw: readonly FileToken[]): { key: FileToken[]; verdict: FileToken[] } {
  const split = splitMapElementRaw(raw);
  // Per-element statements (`22 counter packets 0 bytes 0 : drop`, `timeout 1h`, `comment "x"`) are not part of the key.
  const cut = split.key.findIndex((t) => t.kind === 'word' && ['counter', 'timeout', 'expires', 'comment'].includes(t.value));
  return cut > 0 ? { key: split.key.slice(0, cut), verdict: split.verdict } : split;
}

function splitMapElementRaw(e: readonly FileToken[]): { key: FileToken[]; verdict: FileToken[] } {
  const colon = e.findIndex((t) => t.value === ':');
  if (colon >= 0) return { key: e.slice(0, colon), verdict: e.slice(colon + 1) };
  const last = e[e.length - 1];
  if (e.length >= 1 && last?.kind === 'word' && last.value.endsWith(':')) {
    return { key: [...e.slice(0, -1), { ...last, value: last.value.slice(0, -1) }], verdict: [] };
  }
  for (let i = 0; i < e.length; i++) {
    const t = e[i];
    if (t?.kind !== 'word') continue;
    const m = /^(.*[^:]):(accept|drop|return|continue|jump|goto)$/.exec(t.value);
    if (m) return { key: [...e.slice(0, i), { ...t, value: m[1] ?? '' }], verdict: [{ ...t, value: m[2] ?? '' }, ...e.slice(i + 1)] };
    if (t.value.endsWith(':')) return { key: [...e.slice(0, i), { ...t, value: t.value.slice(0, -1) }], verdict: e.slice(i + 1) };
  }
  return { key: [...e], verdict: [] };
}

/** Lower one rule. Returns one entry per model rule (several for a vmap), plus whether it set notrack. */
export function lowerRule(tokens: readonly FileToken[], env: RuleEnv): { rules: LoweredRule[]; notrack: boolean } {
  const l = new RuleLowering(tokens, env);
  const rules = l.run();
  return { rules, notrack: l.notrack !== undefined };
}
