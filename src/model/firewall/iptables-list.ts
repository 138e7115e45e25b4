import type { IptablesListing, ListRow } from '../../parsers/iptables/list.js';
import type { Location } from '../position.js';
import { parseNetwork } from './addresses.js';
import { PROTOCOLS } from './iptables-matches.js';
import { resolvePort } from './services.js';
import type { Action, BaseChain, Chain, CtState, Family, FirewallDiagnostic, Match, PortRange, RejectType, Rule, Ruleset } from './types.js';

/**
 * `iptables -L` listings → model. The listing is lossy: without `-v` the interface columns are missing, so
 * every rule gets an opaque "interface not shown" match (the answer then depends on it — never a guess);
 * host names, unknown match text and chains not in the listing also become opaque.
 */

const BUILTIN_INPUT: Readonly<Record<string, { hook: BaseChain['hook']; priority: number }>> = {
  INPUT: { hook: 'input', priority: 0 },
  FORWARD: { hook: 'forward', priority: 0 },
  OUTPUT: { hook: 'output', priority: 0 },
};

const STATES: Readonly<Record<string, CtState>> = {
  NEW: 'new', ESTABLISHED: 'established', RELATED: 'related', INVALID: 'invalid', UNTRACKED: 'untracked', SNAT: 'snat', DNAT: 'dnat',
};

const REJECTS = new Set<RejectType>([
  'icmp-port-unreachable', 'tcp-reset', 'icmp-net-unreachable', 'icmp-host-unreachable', 'icmp-proto-unreachable', 'icmp-net-prohibited',
  'icmp-host-prohibited', 'icmp-admin-prohibited', 'icmp6-port-unreachable', 'icmp6-no-route', 'icmp6-adm-prohibited',
  'icmp6-addr-unreachable', 'icmp6-policy-fail', 'icmp6-reject-route',
]);

function portSpec(text: string): PortRange[] | undefined {
  const out: PortRange[] = [];
  for (const part of text.split(',')) {
    const [a, b] = part.split(':');
    const from = resolvePort(a ?? '');
    const to = b === undefined ? from : resolvePort(b);
    if (from === undefined || to === undefined) return undefined;
    out.push({ from, to });
  }
  return out;
}

export function lowerIptablesList(listing: IptablesListing, options: { file: string; family: Family }): { ruleset: Ruleset; diagnostics: FirewallDiagnostic[] } {
  const { file, family } = options;
  const diagnostics: FirewallDiagnostic[] = listing.problems.map((p) => ({ severity: p.severity, code: p.code, message: p.message, location: { file, range: p.range } }));
  const names = new Set(listing.chains.map((c) => c.name));
  const chains = new Map<string, Chain>();
  const baseChains: BaseChain[] = [];
  let warnedIfaces = false;
  for (const c of listing.chains) {
    const id = `filter/${c.name}`;
    const rules: Rule[] = [];
    const chainLoc: Location = { file, range: c.range };
    if (!c.verbose && c.rows.length > 0 && !warnedIfaces) {
      warnedIfaces = true;
      diagnostics.push({ severity: 'warning', code: 'list-no-interfaces', message: 'this listing was made without -v, so it does not show interfaces: answers that depend on them say so (use "iptables -L -n -v" or iptables-save)', location: chainLoc });
    }
    c.rows.forEach((row, i) => {
      const loc: Location = { file, range: row.range };
      const matches = rowMatches(row, family, loc);
      const { action, extraMatches } = rowAction(row, names, loc, diagnostics, family);
      rules.push({ chain: id, index: i + 1, text: row.text, location: loc, matches: [...matches, ...extraMatches], action });
    });
    chains.set(id, { id, name: c.name, table: 'filter', rules, location: chainLoc });
    const b = BUILTIN_INPUT[c.name];
    if (b && c.policy) {
      baseChains.push({ chain: id, hook: b.hook, priority: b.priority, type: 'filter', policy: c.policy === 'DROP' ? 'drop' : 'accept', policyLocation: chainLoc, families: [family] });
    }
  }
  return { ruleset: { file, format: 'iptables-list', families: [family], chains, baseChains, fidelity: 'lossy', backend: 'iptables' }, diagnostics };
}

function rowMatches(row: ListRow, family: Family, location: Location): Match[] {
  const out: Match[] = [];
  const prot = row.prot.replace(/^!/, '');
  const protNeg = row.prot.startsWith('!');
  const pnum = PROTOCOLS[prot.toLowerCase()] ?? (/^\d+$/.test(prot) ? Number(prot) : undefined);
  if (pnum === undefined) out.push({ kind: 'opaque', module: 'protocol', key: `prot:${row.prot}`, negated: false, text: row.prot, location });
  else if (pnum !== 0) out.push({ kind: 'protocol', protocols: [pnum], negated: protNeg, text: `-p ${row.prot}`, location });
  if (row.opt === '-f' || row.opt === '!f') out.push({ kind: 'fragment', negated: row.opt === '!f', text: row.opt, location });
  for (const [side, value] of [['in', row.in], ['out', row.out]] as const) {
    if (value === undefined) {
      if (side === 'in') out.push({ kind: 'opaque', module: 'input interface (not shown without -v)', key: `iface-hidden:${location.range.start.line}`, negated: false, text: 'interface not shown', location });
      continue;
    }
    const neg = value.startsWith('!');
    const v = neg ? value.slice(1) : value;
    if (v === '*' || v === 'any') continue;
    out.push({ kind: side === 'in' ? 'iif' : 'oif', interfaces: [v.endsWith('+') ? { name: v.slice(0, -1), prefix: true } : { name: v, prefix: false }], negated: neg, text: `${side} ${value}`, location });
  }
  for (const [kind, value] of [['saddr', row.source], ['daddr', row.destination]] as const) {
    const neg = value.startsWith('!');
    const v = neg ? value.slice(1) : value;
    if (v === 'anywhere' || v === '0.0.0.0/0' || v === '::/0') continue;
    const n = parseNetwork(v, family);
    if (typeof n === 'string') out.push({ kind: 'opaque', module: 'host name', key: `host:${v}`, negated: neg, text: value, location });
    else out.push({ kind, networks: [n], negated: neg, text: value, location });
  }
  return out;
}

/** Match text and target options as `iptables -L` prints them. Unknown text becomes one opaque match. */
function rowAction(row: ListRow, chainNames: ReadonlySet<string>, location: Location, diagnostics: FirewallDiagnostic[], family: Family): { action: Action; extraMatches: Match[] } {
  const extra: Match[] = [];
  let text = row.extra.replace(/\/\*.*?\*\//g, ' ');
  const goto = /\[goto\]/.test(text);
  text = text.replace(/\[goto\]/g, ' ');
  let rejectWith: RejectType | undefined;
  const unknown: string[] = [];
  const m = (kind: 'dport' | 'sport', spec: string, neg: boolean, t: string): void => {
    const ports = portSpec(spec);
    if (ports) extra.push({ kind, ports, negated: neg, text: t, location });
    else unknown.push(t);
  };
  const tokens = text.split(/\s+/).filter(Boolean);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as string;
    let r: RegExpExecArray | null;
    if (t === 'tcp' || t === 'udp' || t === 'multiport' || t === 'sctp') continue;
    if ((r = /^(dpts?|spts?):(!?)(.+)$/.exec(t))) {
      m(r[1]?.startsWith('d') ? 'dport' : 'sport', r[3] ?? '', r[2] === '!', t);
    } else if ((t === 'dports' || t === 'sports') && tokens[i + 1]) {
      let v = tokens[++i] as string;
      const neg = v.startsWith('!');
      if (neg) v = v.slice(1);
      m(t === 'dports' ? 'dport' : 'sport', v, neg, `${t} ${v}`);
    } else if ((t === 'state' || t === 'ctstate') && tokens[i + 1]) {
      let v = tokens[++i] as string;
      const neg = v.startsWith('!');
      if (neg) v = v.slice(1);
      const states = v.split(',').map((s) => STATES[s.toUpperCase()]);
      if (states.every((s): s is CtState => s !== undefined)) extra.push({ kind: 'ctstate', states, negated: neg, text: `${t} ${v}`, location });
      else unknown.push(`${t} ${v}`);
    } else if (t === 'reject-with' && tokens[i + 1]) {
      const v = tokens[++i] as RejectType;
      if (REJECTS.has(v)) rejectWith = v;
    } else if ((r = /^flags:(!?)(.+)$/.exec(t))) {
      const f = r[2] ?? '';
      if (f === '0x17/0x02' || f === 'FIN,SYN,RST,ACK/SYN') extra.push({ kind: 'tcpflags', mask: ['fin', 'syn', 'rst', 'ack'], set: ['syn'], negated: r[1] === '!', text: t, location });
      else unknown.push(t);
    } else if (t === 'limit:' || t === 'recent:' || t === 'connlimit' || t.startsWith('limit:')) {
      const rest = tokens.slice(i).join(' ');
      const fresh = t !== 'recent:' && !/above/.test(rest);
      extra.push({ kind: 'rate', module: t.replace(':', ''), fresh: t === 'recent:' ? /SET/.test(rest) && !/UPDATE|CHECK/.test(rest) : fresh, negated: false, text: rest, location });
      break;
    } else if (t === 'ADDRTYPE' && tokens[i + 1] === 'match') {
      i++;
      while (tokens[i + 1] && /^(src|dst)-type$/.test(tokens[i + 1] ?? '')) {
        const side = (tokens[++i] as string).startsWith('src') ? 'src' : 'dst';
        let v = tokens[++i] ?? '';
        const neg = v.startsWith('!');
        if (neg) v = v.slice(1);
        extra.push({ kind: 'addrtype', side, types: v.split(','), negated: neg, text: `${side}-type ${v}`, location });
      }
    } else if (t === 'LOG' || t === 'flags' || t === 'level' || t === 'prefix') {
      break; // LOG options: the rest is the target's text
    } else if (/^(redir|to:)/.test(t)) {
      break;
    } else if (t === 'icmp' || t === 'icmptype' || t === 'ipv6-icmptype') {
      extra.push({ kind: 'icmp-type', type: tokens[i + 1] ?? '', negated: false, text: t, location });
      i++;
    } else {
      unknown.push(t);
    }
  }
  if (unknown.length) extra.push({ kind: 'opaque', module: 'listing text', key: `list:${unknown.join(' ')}`, negated: false, text: unknown.join(' '), location });
  const target = row.target;
  let action: Action;
  switch (target) {
    case 'ACCEPT':
      action = { kind: 'accept' };
      break;
    case 'DROP':
      action = { kind: 'drop' };
      break;
    case 'RETURN':
      action = { kind: 'return' };
      break;
    case 'REJECT':
      action = { kind: 'reject', with: rejectWith ?? (family === 4 ? 'icmp-port-unreachable' : 'icmp6-port-unreachable') };
      break;
    case '':
      action = { kind: 'continue', what: 'no target' };
      break;
    case 'QUEUE':
    case 'NFQUEUE':
      action = { kind: 'queue' };
      break;
    default:
      if (chainNames.has(target)) action = { kind: goto ? 'goto' : 'jump', chain: `filter/${target}` };
      else if (/^[A-Z]+$/.test(target)) action = { kind: 'continue', what: target };
      else {
        diagnostics.push({ severity: 'warning', code: 'list-missing-chain', message: `chain "${target}" is not in the listing; its rules are unknown`, location });
        action = { kind: 'queue' };
      }
  }
  return { action, extraMatches: extra };
}
