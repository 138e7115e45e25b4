import type { RuleOption, MatchSpec } from '../../parsers/iptables/rule.js';
import type { Location } from '../position.js';
import { parseNetwork } from './addresses.js';
import { resolvePort } from './services.js';
import type { CtState, Family, InterfacePattern, Match, Network, PortRange, TcpFlag } from './types.js';

/** Lowering of iptables options to model matches. Problems are returned, never thrown. */

export interface LowerProblem {
  readonly severity: 'error' | 'warning';
  readonly code: string;
  readonly message: string;
  readonly option: RuleOption;
}

export interface LowerEnv {
  readonly family: Family;
  readonly file: string;
  readonly problems: LowerProblem[];
  /** The command as written and the column it starts at: match texts are slices of it. */
  readonly lineText?: string;
  readonly lineColumn?: number;
}

export const PROTOCOLS: Readonly<Record<string, number>> = {
  all: 0, icmp: 1, igmp: 2, ipip: 4, tcp: 6, egp: 8, udp: 17, ipv6: 41, gre: 47, esp: 50, ah: 51, 'ipv6-icmp': 58, icmpv6: 58, icmp6: 58,
  ospf: 89, pim: 103, ipcomp: 108, vrrp: 112, l2tp: 115, sctp: 132, mh: 135, 'ipv6-mh': 135, udplite: 136, dccp: 33,
};

export function optionLocation(env: LowerEnv, o: RuleOption): Location {
  return { file: env.file, range: { start: { line: o.first.line, column: o.first.start }, end: { line: o.last.line, column: o.last.end } } };
}

export function optionText(o: RuleOption): string {
  const name = o.name.length === 1 ? `-${o.name}` : `--${o.name}`;
  const args = o.args.map((a) => (/[\s"]/.test(a.value) || a.value === '' ? JSON.stringify(a.value) : a.value));
  return [...(o.negated ? ['!'] : []), name, ...args].join(' ');
}

function arg(o: RuleOption, k = 0): string {
  return o.args[k]?.value ?? '';
}

function problem(env: LowerEnv, o: RuleOption, message: string, code = 'invalid-value', severity: 'error' | 'warning' = 'error'): void {
  env.problems.push({ severity, code, message, option: o });
}

/** The option as written on its line (a slice, no copy), else rebuilt from its words. */
export function sourceText(env: LowerEnv, o: RuleOption): string {
  if (env.lineText !== undefined && env.lineColumn !== undefined && o.first.line === o.last.line) {
    return env.lineText.slice(o.first.start - env.lineColumn, o.last.end - env.lineColumn);
  }
  return optionText(o);
}

// Matches are written as full object literals (no spread of a shared part): a spread object gets its extra
// properties in a separate backing store, and a 50,000-rule dump keeps every match.

export function parsePortSpec(text: string): PortRange | string {
  const colon = text.indexOf(':');
  if (colon < 0) {
    const p = resolvePort(text);
    return p === undefined ? `invalid port/service "${text}"` : { from: p, to: p };
  }
  const a = text.slice(0, colon);
  const b = text.slice(colon + 1);
  const from = a === '' ? 0 : resolvePort(a);
  const to = b === '' ? 65535 : resolvePort(b);
  if (from === undefined || to === undefined) return `invalid port/service "${text}"`;
  if (from > to) return `invalid port range "${text}": start is above end`;
  return { from, to };
}

function portsMatch(env: LowerEnv, o: RuleOption, kind: 'dport' | 'sport', list: boolean): Match | undefined {
  const text = arg(o);
  let ports: PortRange[];
  if (!list || !text.includes(',')) {
    // One port or range (the common case): an array of exactly one element.
    const r = parsePortSpec(text);
    if (typeof r === 'string') {
      problem(env, o, r);
      return undefined;
    }
    ports = [r];
  } else {
    ports = [];
    for (const p of text.split(',')) {
      const r = parsePortSpec(p);
      if (typeof r === 'string') {
        problem(env, o, r);
        return undefined;
      }
      ports.push(r);
    }
  }
  if (list) {
    const weight = ports.reduce((n, r) => n + (r.from === r.to ? 1 : 2), 0);
    if (weight > 15) problem(env, o, `too many ports for multiport (${weight} > 15; a range counts as two)`);
  }
  return { kind, ports, negated: o.negated, text: sourceText(env, o), location: optionLocation(env, o) };
}

const FLAGS: Readonly<Record<string, readonly TcpFlag[]>> = {
  FIN: ['fin'], SYN: ['syn'], RST: ['rst'], PSH: ['psh'], ACK: ['ack'], URG: ['urg'], ECE: ['ecn'], CWR: ['cwr'],
  ALL: ['fin', 'syn', 'rst', 'psh', 'ack', 'urg', 'ecn', 'cwr'], NONE: [],
};

function flagList(env: LowerEnv, o: RuleOption, text: string): TcpFlag[] | undefined {
  const out: TcpFlag[] = [];
  for (const f of text.split(',')) {
    const v = FLAGS[f.toUpperCase()];
    if (!v) {
      problem(env, o, `unknown TCP flag "${f}"`);
      return undefined;
    }
    out.push(...v);
  }
  return out;
}

const STATES: Readonly<Record<string, CtState>> = {
  NEW: 'new', ESTABLISHED: 'established', RELATED: 'related', INVALID: 'invalid', UNTRACKED: 'untracked', SNAT: 'snat', DNAT: 'dnat',
};

export function networks(env: LowerEnv, o: RuleOption, text: string): Network[] | undefined {
  const out: Network[] = [];
  for (const part of text.includes(',') ? text.split(',') : [text]) {
    const n = parseNetwork(part, env.family);
    if (typeof n === 'string') {
      if (/^[A-Za-z][A-Za-z0-9.-]*$/.test(part) && !part.includes(':')) {
        problem(env, o, `"${part}" is a host name: iptables resolves it once, at load time, and sshlint cannot`, 'hostname', 'warning');
      } else problem(env, o, n);
      return undefined;
    }
    out.push(n);
  }
  // Exact-size copy: kept by the rule, and a pushed-to array reserves room for 17 elements.
  return out.slice();
}

export function interfacePattern(env: LowerEnv, o: RuleOption, text: string): InterfacePattern | undefined {
  if (text.length > 15 && !(text.length === 16 && text.endsWith('+'))) {
    problem(env, o, `interface name "${text}" is longer than 15 characters`);
    return undefined;
  }
  return text.endsWith('+') ? { name: text.slice(0, -1), prefix: true } : { name: text, prefix: false };
}

function opaque(env: LowerEnv, o: RuleOption, module: string): Match {
  const text = sourceText(env, o);
  return { kind: 'opaque', module, key: `${module}:${text}`, negated: o.negated, text, location: optionLocation(env, o) };
}

/** Lower the options of one `-m NAME` (or implicit protocol) match. */
export function lowerMatch(env: LowerEnv, m: MatchSpec, out: Match[], hasProto: (names: readonly string[]) => boolean): void {
  const name = m.name;
  if (m.unknown) {
    const o = m.options[0];
    if (o) out.push(opaque(env, o, name));
    else if (m.token) out.push({ kind: 'opaque', module: name, key: name, negated: false, text: `-m ${name}` });
    return;
  }
  const needs = (protos: readonly string[]): void => {
    const o = m.options[0];
    if (o && !hasProto(protos)) problem(env, o, `the ${name} match needs "-p ${protos[0] ?? 'tcp'}" in the same rule; iptables refuses the rule without it`, 'needs-protocol');
  };
  switch (name) {
    case 'tcp':
    case 'udp':
    case 'udplite':
    case 'sctp':
    case 'dccp':
      needs([name]);
      for (const o of m.options) {
        if (o.name === 'dport' || o.name === 'sport') {
          const r = portsMatch(env, o, o.name, false);
          if (r) out.push(r);
        } else if (o.name === 'syn') {
          out.push({ kind: 'tcpflags', mask: ['fin', 'syn', 'rst', 'ack'], set: ['syn'], negated: o.negated, text: sourceText(env, o), location: optionLocation(env, o) });
        } else if (o.name === 'tcp-flags') {
          const mask = flagList(env, o, arg(o, 0));
          const set = flagList(env, o, arg(o, 1));
          if (mask && set) out.push({ kind: 'tcpflags', mask, set, negated: o.negated, text: sourceText(env, o), location: optionLocation(env, o) });
        } else out.push(opaque(env, o, name));
      }
      return;
    case 'multiport':
      needs(['tcp', 'udp', 'udplite', 'sctp', 'dccp']);
      if (m.options.filter((o) => o.name === 'sports' || o.name === 'dports' || o.name === 'ports').length > 1) {
        problem(env, m.options[1] as RuleOption, 'one -m multiport takes only one of --sports, --dports and --ports; use a second -m multiport');
      }
      for (const o of m.options) {
        if (o.name === 'dports' || o.name === 'sports') {
          const r = portsMatch(env, o, o.name === 'dports' ? 'dport' : 'sport', true);
          if (r) out.push(r);
        } else out.push(opaque(env, o, name));
      }
      return;
    case 'conntrack':
    case 'state':
      for (const o of m.options) {
        if (o.name === 'ctstate' || o.name === 'state') {
          const states: CtState[] = [];
          for (const s of arg(o).split(',')) {
            const st = STATES[s.toUpperCase()];
            if (!st || (name === 'state' && (st === 'snat' || st === 'dnat'))) problem(env, o, `bad ${o.name} "${s}"`);
            else states.push(st);
          }
          out.push({ kind: 'ctstate', states, negated: o.negated, text: sourceText(env, o), location: optionLocation(env, o) });
        } else if (o.name === 'ctproto') {
          const p = PROTOCOLS[arg(o).toLowerCase()] ?? (/^\d+$/.test(arg(o)) ? Number(arg(o)) : undefined);
          if (p === undefined) problem(env, o, `unknown protocol "${arg(o)}"`);
          else out.push({ kind: 'protocol', protocols: [p], negated: o.negated, text: sourceText(env, o), location: optionLocation(env, o) });
        } else out.push(opaque(env, o, 'conntrack'));
      }
      return;
    case 'comment':
      return;
    case 'set':
      for (const o of m.options) {
        if (o.name === 'match-set' || o.name === 'set') {
          out.push({ kind: 'opaque', module: `set ${arg(o, 0)}`, key: `set:${arg(o, 0)}:${arg(o, 1)}`, negated: o.negated, text: sourceText(env, o), location: optionLocation(env, o) });
        }
      }
      return;
    case 'recent': {
      const names = new Set(m.options.map((o) => o.name));
      const first = m.options[0];
      if (!first) return;
      if (names.has('set') && !names.has('rcheck') && !names.has('update') && !names.has('remove')) return; // side effect only
      const text = m.options.map((o) => sourceText(env, o)).join(' ');
      const negated = m.options.some((o) => o.negated);
      // A source nobody has seen is in no list: rcheck/update do not match its first connection.
      out.push({ kind: 'rate', module: 'recent', fresh: false, negated, text: `-m recent ${text.replace(/! /g, '')}`, location: optionLocation(env, first) });
      return;
    }
    case 'limit':
    case 'hashlimit':
    case 'connlimit': {
      const first = m.options[0];
      if (!first) return;
      const names = new Set(m.options.map((o) => o.name));
      const fresh = name === 'limit' ? true : name === 'hashlimit' ? !names.has('hashlimit-above') : !names.has('connlimit-above');
      const text = m.options.map((o) => sourceText(env, o)).join(' ');
      const loc0 = optionLocation(env, first);
      const last = m.options[m.options.length - 1] ?? first;
      const location = { file: loc0.file, range: { start: loc0.range.start, end: optionLocation(env, last).range.end } };
      out.push({ kind: 'rate', module: name, fresh, negated: m.options.some((o) => o.negated && o.name !== 'limit'), text: `-m ${name} ${text}`, location });
      return;
    }
    case 'addrtype':
      for (const o of m.options) {
        if (o.name === 'src-type' || o.name === 'dst-type') {
          out.push({ kind: 'addrtype', side: o.name === 'src-type' ? 'src' : 'dst', types: arg(o).toUpperCase().split(','), negated: o.negated, text: sourceText(env, o), location: optionLocation(env, o) });
        }
      }
      return;
    case 'iprange':
      for (const o of m.options) {
        const n = parseNetworkRange(env, o);
        if (n) out.push({ kind: o.name === 'src-range' ? 'saddr' : 'daddr', networks: [n], negated: o.negated, text: sourceText(env, o), location: optionLocation(env, o) });
      }
      return;
    case 'icmp':
    case 'icmp6':
      needs(name === 'icmp' ? ['icmp'] : ['ipv6-icmp', 'icmpv6', 'icmp6']);
      for (const o of m.options) out.push({ kind: 'icmp-type', type: arg(o), negated: o.negated, text: sourceText(env, o), location: optionLocation(env, o) });
      return;
    default:
      for (const o of m.options) out.push(opaque(env, o, name));
      if (m.options.length === 0) out.push({ kind: 'opaque', module: name, key: name, negated: false, text: `-m ${name}` });
  }
}

function parseNetworkRange(env: LowerEnv, o: RuleOption): Network | undefined {
  const n = parseNetwork(arg(o), env.family);
  if (typeof n === 'string') {
    problem(env, o, n);
    return undefined;
  }
  return n;
}
