import fc from 'fast-check';
import { ADDRESSES } from './netns.js';

/**
 * Random iptables rulesets for the kernel oracle: chains, jumps, gotos, returns, policies, ports, multiport,
 * ranges, negations, conntrack, interfaces, sources, REJECT types, nat REDIRECT, raw NOTRACK, mangle drops.
 * One abstract ruleset renders to an IPv4 and an IPv6 restore file with the same structure. Every generated
 * ruleset is valid (the kernel must load it); invalid lines are tested separately.
 */

export const PROBE_PORTS = [22, 80, 443, 1000, 1500, 2222, 8080] as const;

type Fam = 4 | 6;
type Piece = (fam: Fam) => string;

export interface GenRule {
  readonly parts: readonly Piece[];
  readonly target: Piece;
}

export interface GenRuleset {
  readonly policy: 'ACCEPT' | 'DROP';
  readonly chains: readonly (readonly GenRule[])[];
  readonly input: readonly GenRule[];
  readonly nat: readonly string[];
  readonly raw: readonly string[];
  readonly mangle: readonly string[];
}

const c = (s: string): Piece => () => s;

const net = (fam: Fam, v4: string, v6: string): string => (fam === 4 ? v4 : v6);

const sourceArb: fc.Arbitrary<Piece> = fc.constantFrom<Piece>(
  (f) => `-s ${ADDRESSES[f].client}${f === 4 ? '/32' : '/128'}`,
  (f) => `! -s ${ADDRESSES[f].client}${f === 4 ? '/32' : '/128'}`,
  (f) => `-s ${net(f, '10.200.0.0/24', 'fd00:200::/64')}`,
  (f) => `-s ${net(f, '192.168.77.0/24', 'fd00:77::/64')}`,
  (f) => `! -s ${net(f, '192.168.77.0/24', 'fd00:77::/64')}`,
  (f) => `-s ${net(f, '10.0.0.0/8', 'fd00::/8')}`,
);

const destArb: fc.Arbitrary<Piece> = fc.constantFrom<Piece>(
  (f) => `-d ${ADDRESSES[f].server}${f === 4 ? '/32' : '/128'}`,
  (f) => `-d ${net(f, '192.168.77.1/32', 'fd00:77::1/128')}`,
  c('-m addrtype --dst-type LOCAL'),
  c('-m addrtype ! --dst-type LOCAL'),
);

const ifaceArb: fc.Arbitrary<Piece> = fc.constantFrom(c('-i eth0'), c('-i eth+'), c('-i lo'), c('! -i lo'), c('-i eth1'), c('! -i eth0'), c('-i ve+'));

const stateArb: fc.Arbitrary<Piece> = fc.constantFrom(
  c('-m conntrack --ctstate NEW'),
  c('-m conntrack --ctstate RELATED,ESTABLISHED'),
  c('-m conntrack --ctstate NEW,ESTABLISHED'),
  c('-m conntrack ! --ctstate INVALID'),
  c('-m state --state NEW'),
  c('-m conntrack --ctstate UNTRACKED'),
  c('-m conntrack --ctstate DNAT'),
);

const port = fc.constantFrom(...PROBE_PORTS);

const tcpPortArb: fc.Arbitrary<Piece> = fc.oneof(
  port.map((p) => c(`--dport ${p}`)),
  port.map((p) => c(`! --dport ${p}`)),
  fc.tuple(port, port).map(([a, b]) => c(`--dport ${Math.min(a, b)}:${Math.max(a, b)}`)),
  fc.uniqueArray(port, { minLength: 1, maxLength: 4 }).map((ps) => c(`-m multiport --dports ${ps.join(',')}`)),
  fc.uniqueArray(port, { minLength: 1, maxLength: 3 }).map((ps) => c(`-m multiport ! --dports ${ps.join(',')}`)),
  fc.constant(c('--syn')),
  fc.constant(c('! --syn')),
  fc.constant(c('--sport 1024:65535')),
  fc.constant(c('--sport 1:1023')),
);

const rejectArb: fc.Arbitrary<(tcp: boolean) => Piece> = fc.constantFrom(
  () => c('-j REJECT'),
  (tcp: boolean) => (tcp ? c('-j REJECT --reject-with tcp-reset') : c('-j REJECT')),
  () => (f: Fam) => `-j REJECT --reject-with ${f === 4 ? 'icmp-host-prohibited' : 'icmp6-adm-prohibited'}`,
  () => (f: Fam) => `-j REJECT --reject-with ${f === 4 ? 'icmp-net-unreachable' : 'icmp6-no-route'}`,
  () => (f: Fam) => `-j REJECT --reject-with ${f === 4 ? 'icmp-admin-prohibited' : 'icmp6-addr-unreachable'}`,
  () => (f: Fam) => `-j REJECT --reject-with ${f === 4 ? 'icmp-port-unreachable' : 'icmp6-port-unreachable'}`,
);

function ruleArb(chainIndex: number, chainCount: number): fc.Arbitrary<GenRule> {
  // Jumps only go to later chains, so there are no loops.
  const later = Array.from({ length: chainCount }, (_, k) => k).filter((k) => k > chainIndex);
  const targets: fc.Arbitrary<(tcp: boolean) => Piece>[] = [
    fc.constant(() => c('-j ACCEPT')),
    fc.constant(() => c('-j DROP')),
    rejectArb,
    fc.constant(() => c('-j LOG --log-prefix "probe "')),
    fc.constant(() => c('')),
  ];
  if (chainIndex >= 0) targets.push(fc.constant(() => c('-j RETURN')));
  if (later.length) {
    targets.push(fc.constantFrom(...later).map((k) => () => c(`-j C${k}`)));
    targets.push(fc.constantFrom(...later).map((k) => () => c(`-g C${k}`)));
  }
  return fc
    .record({
      proto: fc.constantFrom('', '', '-p tcp', '-p tcp', '-p tcp', '-p udp', '! -p tcp'),
      // Mostly one port option; sometimes two, which iptables often refuses (a duplicated option, or an
      // abbreviation landing on one already used): those test that sshlint flags what the kernel refuses.
      ports: fc.oneof({ weight: 5, arbitrary: fc.array(tcpPortArb, { maxLength: 1 }) }, { weight: 1, arbitrary: fc.array(tcpPortArb, { minLength: 2, maxLength: 2 }) }),
      source: fc.option(sourceArb, { freq: 2 }),
      dest: fc.option(destArb, { freq: 4 }),
      iface: fc.option(ifaceArb, { freq: 3 }),
      state: fc.option(stateArb, { freq: 3 }),
      limit: fc.integer({ min: 0, max: 7 }).map((n) => n === 0),
      target: fc.oneof(...targets),
    })
    .map((r) => {
      const tcp = r.proto === '-p tcp';
      const parts: Piece[] = [];
      if (r.proto) parts.push(c(r.proto));
      if (tcp || r.proto === '-p udp') {
        // --syn is a tcp-only option; ports and multiport work for udp too.
        for (const p of r.ports) if (tcp || !p(4).includes('syn')) parts.push(p);
      }
      if (r.source) parts.push(r.source);
      if (r.dest) parts.push(r.dest);
      if (r.iface) parts.push(r.iface);
      if (r.state) parts.push(r.state);
      if (r.limit) parts.push(c('-m limit --limit 1000/sec --limit-burst 1000'));
      return { parts, target: r.target(tcp) };
    });
}

export const rulesetArb: fc.Arbitrary<GenRuleset> = fc.integer({ min: 0, max: 3 }).chain((chainCount) =>
  fc.record({
    policy: fc.constantFrom<'ACCEPT' | 'DROP'>('ACCEPT', 'DROP'),
    chains: fc.tuple(...Array.from({ length: chainCount }, (_, k) => fc.array(ruleArb(k, chainCount), { maxLength: 4 }))),
    input: fc.array(ruleArb(-1, chainCount), { minLength: 1, maxLength: 8 }),
    nat: fc.array(
      fc.tuple(port, port).map(([a, b]) => `-A PREROUTING -p tcp --dport ${a} -j REDIRECT --to-ports ${b}`),
      { maxLength: 2 },
    ),
    raw: fc.array(port.map((p) => `-A PREROUTING -p tcp --dport ${p} -j CT --notrack`), { maxLength: 1 }),
    mangle: fc.array(port.map((p) => `-A PREROUTING -p tcp --dport ${p} -j DROP`), { maxLength: 1 }),
  }),
);

function ruleLine(chain: string, r: GenRule, fam: Fam): string {
  return [`-A ${chain}`, ...r.parts.map((p) => p(fam)), r.target(fam)].filter(Boolean).join(' ');
}

export function renderRuleset(g: GenRuleset, fam: Fam): string {
  const out: string[] = [];
  if (g.raw.length) out.push('*raw', ':PREROUTING ACCEPT [0:0]', ':OUTPUT ACCEPT [0:0]', ...g.raw, 'COMMIT');
  if (g.mangle.length) out.push('*mangle', ':PREROUTING ACCEPT [0:0]', ...g.mangle, 'COMMIT');
  if (g.nat.length) out.push('*nat', ':PREROUTING ACCEPT [0:0]', ':INPUT ACCEPT [0:0]', ':OUTPUT ACCEPT [0:0]', ':POSTROUTING ACCEPT [0:0]', ...g.nat, 'COMMIT');
  out.push('*filter', `:INPUT ${g.policy} [0:0]`, ':FORWARD DROP [0:0]', ':OUTPUT ACCEPT [0:0]');
  g.chains.forEach((_, k) => out.push(`:C${k} - [0:0]`));
  for (const r of g.input) out.push(ruleLine('INPUT', r, fam));
  g.chains.forEach((rules, k) => {
    for (const r of rules) out.push(ruleLine(`C${k}`, r, fam));
  });
  out.push('COMMIT', '');
  return out.join('\n');
}
