import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { memoryHostFs } from '../../src/discover/host-fs.js';
import { createFirewallModel } from '../../src/model/firewall/index.js';
import { loadNftables } from '../../src/parsers/nftables/lower.js';
import { kernelSymptom, predicted } from './lib/netns-compare.js';
import { ADDRESSES, netnsUnavailable, probeAll, probeRulesets } from './lib/netns.js';

/**
 * nftables files loaded with `nft -f` into a throw-away namespace pair; every port probed over IPv4 and IPv6;
 * the evaluator must predict what the client saw. Fixtures (fixtures/firewall-formats/nftables) and seeded
 * generated rulesets; a ruleset nft refuses must carry an error diagnostic in sshlint, and one nft accepts
 * must carry none.
 */

const PORTS = [22, 80, 443, 1000, 2222, 8080];
const DIR = 'fixtures/firewall-formats/nftables';

function ready(): boolean {
  const why = netnsUnavailable(['nft']);
  if (why === null) return true;
  if (process.env.CI) throw new Error(`nftables oracle unavailable in CI: ${why}`);
  console.warn(`skipping nftables oracle tests: ${why}`);
  return false;
}

const run = ready() ? describe : describe.skip;

/** Kernel vs sshlint for one ruleset text: mismatch lines (empty = agreement). */
async function compare(name: string, text: string): Promise<string[]> {
  const loaded = loadNftables(memoryHostFs({}), { path: `${name}.nft`, text });
  const errors = loaded.diagnostics.filter((d) => d.severity === 'error');
  const report = await probeRulesets({
    loads: [{ command: ['nft', '-f', '-'], text }],
    probes: ([4, 6] as const).flatMap((family) => PORTS.map((port) => ({ family, port }))),
  });
  if (!report.loaded) {
    return errors.length > 0 ? [] : [`${name}: nft refused it (${(report.loadError ?? '').split('\n')[0] ?? ''}) but sshlint reported no error`];
  }
  if (errors.length > 0) return [`${name}: nft loaded it but sshlint reported ${errors.map((e) => `${e.location.range.start.line}: ${e.message}`).join('; ')}`];
  const model = createFirewallModel([loaded.ruleset], loaded.diagnostics, []);
  const out: string[] = [];
  for (const r of report.results) {
    const answer = model.reach({ family: r.family, port: r.port, source: ADDRESSES[r.family].client, destination: ADDRESSES[r.family].server, iface: 'eth0' });
    const k = kernelSymptom(r.result);
    const p = predicted(answer);
    if (k !== p) out.push(`${name} IPv${r.family} ${r.port}: kernel ${k} / sshlint ${p}`);
  }
  return out;
}

const fixtures = readdirSync(DIR).filter((n) => n.endsWith('.nft')).sort();

run('nftables evaluator vs the kernel (fixtures)', () => {
  it.each(fixtures)('%s', async (fixture) => {
    const text = readFileSync(path.join(DIR, fixture), 'utf8');
    expect(await compare(fixture, text)).toEqual([]);
  });
});

// ---- generated rulesets ---------------------------------------------------------------------------------

type TableFamily = 'inet' | 'ip' | 'ip6';

const PORT = fc.constantFrom(22, 80, 443, 1000, 2222, 8080);

function matchArb(family: TableFamily): fc.Arbitrary<string> {
  const common = [
    // The probes of one run go out in parallel: a limit's burst must not run out.
    PORT.map((p) => `tcp dport ${p}`),
    PORT.map((p) => `tcp dport != ${p}`),
    fc.tuple(PORT, PORT).map(([a, b]) => `tcp dport { ${[...new Set([a, b])].join(', ')} }`),
    fc.constantFrom('tcp dport 1-1000', 'tcp dport 443-2222', 'th dport 80', 'udp dport 22', 'tcp sport 1024-65535', 'tcp sport 22'),
    fc.constantFrom('ct state new', 'ct state established,related', 'ct state { established, related }', 'ct state invalid', 'ct state != established'),
    fc.constantFrom('iif "lo"', 'iif "eth0"', 'iifname "eth*"', 'iifname "eth0"', 'iifname != "lo"', 'iifname { "lo", "wg0" }', 'iifname "wg*"'),
    fc.constantFrom('meta l4proto tcp', 'meta l4proto udp', 'meta l4proto { tcp, udp }', 'fib daddr type local', 'fib daddr type broadcast', 'tcp flags syn', 'meta pkttype host', 'counter', 'limit rate 1000/second burst 100000 packets'),
  ];
  const v4 = fc.constantFrom('ip saddr 10.200.0.2', 'ip saddr 10.0.0.0/8', 'ip saddr != 10.200.0.0/24', 'ip saddr { 192.168.0.0/16, 10.200.0.2 }', 'ip daddr 10.200.0.1', 'ip saddr 172.16.0.0/12', 'ip protocol tcp');
  const v6 = fc.constantFrom('ip6 saddr fd00:200::2', 'ip6 saddr fd00::/8', 'ip6 saddr != fd00:200::/64', 'ip6 daddr fd00:200::1', 'ip6 saddr 2001:db8::/32', 'ip6 nexthdr tcp');
  const inet = fc.constantFrom('meta nfproto ipv4', 'meta nfproto ipv6');
  // Named sets every generated table declares (see tableArb).
  const sets = fc.constantFrom('tcp dport @ports', 'tcp dport != @ports', family === 'ip6' ? 'ip6 saddr @src6' : 'ip saddr @src4', family === 'ip' ? 'ip saddr != @src4' : 'ip6 saddr != @src6');
  const extra = family === 'ip' ? [v4, sets] : family === 'ip6' ? [v6, sets] : [v4, v6, inet, sets];
  return fc.oneof(...common, ...extra);
}

function verdictArb(family: TableFamily, chains: readonly string[], user: boolean): fc.Arbitrary<string> {
  const rejects = family === 'inet' ? ['reject', 'reject with tcp reset', 'reject with icmpx admin-prohibited', 'reject with icmpx port-unreachable', 'reject with icmp host-prohibited', 'reject with icmpv6 admin-prohibited'] : family === 'ip' ? ['reject', 'reject with icmp host-unreachable', 'reject with icmp admin-prohibited'] : ['reject', 'reject with icmpv6 no-route', 'reject with icmpv6 port-unreachable'];
  const base: fc.Arbitrary<string>[] = [fc.constantFrom('accept', 'drop', 'accept', 'drop', ''), fc.constantFrom(...rejects)];
  if (chains.length > 0) base.push(fc.constantFrom(...chains).chain((c) => fc.constantFrom(`jump ${c}`, `goto ${c}`)));
  const mapVerdicts = ['accept', 'drop', ...chains.map((c) => `jump ${c}`)];
  base.push(
    fc.tuple(PORT, PORT, fc.constantFrom(...mapVerdicts), fc.constantFrom(...mapVerdicts)).filter(([a, b]) => a !== b).map(([a, b, x, y]) => `tcp dport vmap { ${a} : ${x}, ${b} : ${y} }`),
    fc.constant('ct state vmap { established : accept, related : accept, invalid : drop }'),
  );
  if (user) base.push(fc.constant('return'));
  return fc.oneof(...base);
}

function ruleArb(family: TableFamily, chains: readonly string[], user: boolean): fc.Arbitrary<string> {
  return fc.tuple(fc.array(matchArb(family), { minLength: 0, maxLength: 3 }), verdictArb(family, chains, user)).map(([m, v]) => [...m, v].filter(Boolean).join(' ') || 'counter');
}

interface GenTable {
  readonly family: TableFamily;
  readonly text: string;
}

// Base chains of one hook with equal priorities run in an order the kernel does not promise: keep them distinct.
const tableArb = (index: number): fc.Arbitrary<GenTable> =>
  fc.record({ family: fc.constantFrom<TableFamily>('inet', 'inet', 'ip', 'ip6'), userChains: fc.integer({ min: 0, max: 2 }), priority: fc.constantFrom(-10 + index * 15, index * 15), policy: fc.constantFrom('accept', 'drop') }).chain(({ family, userChains, priority, policy }) => {
    // Chains jump only forward (to higher numbers), so no loops.
    const names = Array.from({ length: userChains }, (_, i) => `c${i}`);
    const input = fc.array(ruleArb(family, names, false), { minLength: 1, maxLength: 6 });
    const users = names.map((_, i) => fc.array(ruleArb(family, names.slice(i + 1), true), { minLength: 1, maxLength: 4 }));
    const pre = fc.constantFrom('', 'tcp dport 2222 redirect to :22', 'tcp dport 8080 redirect to :80', 'notrack-8080', 'tcp dport 443 drop');
    return fc.tuple(input, fc.tuple(...users), pre).map(([inputRules, userRules, preRule]) => {
      const setLines = ['\tset ports {', '\t\ttype inet_service', '\t\telements = { 22, 443 }', '\t}'];
      if (family !== 'ip6') setLines.push('\tset src4 {', '\t\ttype ipv4_addr', '\t\tflags interval', '\t\telements = { 10.200.0.0/24, 192.0.2.0/24 }', '\t}');
      if (family !== 'ip') setLines.push('\tset src6 {', '\t\ttype ipv6_addr', '\t\tflags interval', '\t\telements = { fd00:200::/64 }', '\t}');
      const lines = [`table ${family} t${index} {`, ...setLines, '\tchain input {', `\t\ttype filter hook input priority ${priority}; policy ${policy};`, ...inputRules.map((r) => `\t\t${r}`), '\t}'];
      // A prerouting chain: nat redirect, raw notrack, or a filter drop before input.
      if (preRule === 'notrack-8080') lines.push('\tchain raw {', '\t\ttype filter hook prerouting priority raw; policy accept;', '\t\ttcp dport 8080 notrack', '\t}');
      else if (preRule.includes('redirect')) lines.push('\tchain nat {', `\t\ttype nat hook prerouting priority ${-100 + index}; policy accept;`, `\t\t${preRule}`, '\t}');
      else if (preRule) lines.push('\tchain pre {', `\t\ttype filter hook prerouting priority ${index}; policy accept;`, `\t\t${preRule}`, '\t}');
      userRules.forEach((rules, i) => lines.push(`\tchain c${i} {`, ...rules.map((r) => `\t\t${r}`), '\t}'));
      lines.push('}');
      return { family, text: lines.join('\n') };
    });
  });

const rulesetArb = fc.integer({ min: 1, max: 2 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => tableArb(i)))).map((tables) => tables.map((t) => t.text).join('\n') + '\n');

const GENERATED = fc.sample(rulesetArb, { numRuns: Number(process.env.SSHLINT_NFT_RUNS ?? 100), seed: 20261125 });

run('nftables evaluator vs the kernel (generated)', () => {
  it('the generated rulesets use every feature', () => {
    for (const feature of ['vmap', 'redirect', '@ports', '@src', 'notrack', 'goto', 'jump', 'reject with tcp reset', 'icmpx', 'iifname', 'ct state', 'policy drop', 'limit']) {
      expect(GENERATED.filter((t) => t.includes(feature)).length, feature).toBeGreaterThan(3);
    }
  });
  it(`${GENERATED.length} seeded rulesets agree with the kernel`, async () => {
    const mismatches: string[] = [];
    await probeAll(GENERATED.map((text, i) => [i, text] as const), 4, async ([i, text]) => {
      const m = await compare(`generated-${i}`, text);
      if (m.length > 0) mismatches.push(...m, text);
    });
    expect(mismatches).toEqual([]);
  }, 900_000);
});

/** Rulesets `nft -f` refuses: the kernel must refuse each, and sshlint must flag it. */
const INVALID: readonly { name: string; text: string }[] = [
  { name: 'icmpx in an ip table', text: 'table ip t {\n\tchain c {\n\t\ttype filter hook input priority 0;\n\t\treject with icmpx admin-prohibited\n\t}\n}\n' },
  { name: 'nfproto in an ip table', text: 'table ip t {\n\tchain c {\n\t\ttype filter hook input priority 0;\n\t\tmeta nfproto ipv4 accept\n\t}\n}\n' },
  { name: 'ip6 match in an ip table', text: 'table ip t {\n\tchain c {\n\t\ttype filter hook input priority 0;\n\t\tip6 saddr ::1 accept\n\t}\n}\n' },
  { name: 'jump to a missing chain', text: 'table inet t {\n\tchain c {\n\t\ttype filter hook input priority 0;\n\t\tjump x\n\t}\n}\n' },
  { name: 'redirect without a protocol', text: 'table inet t {\n\tchain c {\n\t\ttype nat hook prerouting priority -100;\n\t\tredirect to :22\n\t}\n}\n' },
  { name: 'prefix too long', text: 'table inet t {\n\tchain c {\n\t\ttype filter hook input priority 0;\n\t\tip saddr 10.0.0.0/33 accept\n\t}\n}\n' },
  { name: 'unknown ct state', text: 'table inet t {\n\tchain c {\n\t\ttype filter hook input priority 0;\n\t\tct state foo accept\n\t}\n}\n' },
  { name: 'undefined variable', text: 'table inet t {\n\tchain c {\n\t\ttype filter hook input priority 0;\n\t\ttcp dport $nope accept\n\t}\n}\n' },
  { name: 'port out of range', text: 'table inet t {\n\tchain c {\n\t\ttype filter hook input priority 0;\n\t\ttcp dport 70000 accept\n\t}\n}\n' },
  { name: 'policy reject', text: 'table inet t {\n\tchain c {\n\t\ttype filter hook input priority 0; policy reject;\n\t}\n}\n' },
  { name: 'closing braces on one line', text: 'table inet t { chain c { type filter hook input priority 0; accept; } }\n' },
  { name: 'missing set', text: 'table inet t {\n\tchain c {\n\t\ttype filter hook input priority 0;\n\t\tip saddr @nope accept\n\t}\n}\n' },
  { name: 'unknown command', text: 'tabel inet t {\n}\n' },
  { name: 'unterminated table', text: 'table inet t {\n\tchain c {\n\t\ttype filter hook input priority 0;\n\t}\n' },
];

run('rulesets nft refuses are flagged by sshlint', () => {
  it.each(INVALID)('$name', ({ name, text }) => {
    const r = nftCheck(text);
    expect(r, `nft -c accepted "${name}"`).not.toBe(0);
    const loaded = loadNftables(memoryHostFs({}), { path: 'x.nft', text });
    expect(loaded.diagnostics.filter((d) => d.severity === 'error').length, name).toBeGreaterThan(0);
  });
});

function nftCheck(text: string): number | null {
  return spawnSync('nft', ['-c', '-f', '-'], { input: text, encoding: 'utf8' }).status;
}
