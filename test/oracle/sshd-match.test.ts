/**
 * Match evaluation, criterion by criterion: each config is one `Match <criterion> <pattern>` block setting a
 * Banner, evaluated by the real `sshd -T -C` and by sshlint for many connection values. Patterns cover
 * wildcards, negation, lists, case, CIDR edges, IPv6 and IPv4-mapped forms, and malformed entries.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkCase } from './lib/check.js';
import { formatMismatch } from './lib/compare.js';
import { sshdOracleReady } from './lib/guard.js';
import { loadKnownMismatches } from './lib/known.js';
import { hostFsForDir } from './lib/ours.js';
import { createSshdOracle, describeSpec } from './lib/sshd.js';
import type { OracleRun, OracleSpec } from './lib/sshd.js';
import { scratchDir, writeHostTree } from './lib/tree.js';

const ADDRESS_PATTERNS = [
  '10.0.0.0/8', '10.0.0.1', '10.0.0.*', '10.0.0.?', '!10.0.0.1', '!10.0.0.0/8,*', '10.0.0.0/8,!10.1.0.0/16', '0.0.0.0/0', '::/0',
  '2001:db8::/32', '2001:DB8::1', '::1', '::ffff:10.0.0.1', '::ffff:10.0.0.0/104', '10.0.0.1/32', '10.0.0.0/31', '192.168.1.0/24',
  '10.0.0.1,10.0.0.2', '*', '10.0.0.0/33', '10.0.0.1/8', '300.1.1.1', 'fe80::1%eth0', 'host.example.com', '10.0.0.0/0',
];
const ADDRESSES = ['10.0.0.1', '10.0.0.2', '10.1.2.3', '10.255.255.255', '11.0.0.1', '192.168.1.5', '::1', '2001:db8::1', '2001:db9::1', '::ffff:10.0.0.1', 'notanip', 'HOST.example.com'];

const NAME_PATTERNS = ['alice', 'ALICE', 'a*', '*e', 'a?ice', '!alice', '!alice,*', 'alice,bob', '*', 'al*ce,!alfie', '"alice"', 'alice,', ',alice', 'a\\*', '[a]lice'];
const USERS = ['alice', 'ALICE', 'Alice', 'bob', 'alfie', 'root', 'a*'];
const HOSTS = ['web1.example.com', 'WEB1.EXAMPLE.COM', 'db.example.org', '10.0.0.1', 'localhost'];
const HOST_PATTERNS = ['*.example.com', 'web1.example.com', 'WEB1.example.com', '!db.*,*', '10.0.0.*', '10.0.0.0/8', 'localhost', '*'];
const PORT_PATTERNS = ['22', '2222', '022', '0', 'ssh', '65536', '22,2222', '*'];
const PORTS = [22, 2222, 443];
const RDOMAIN_PATTERNS = ['vrf1', 'vrf*', '!vrf1', 'VRF1', '*'];
const RDOMAINS = ['vrf1', 'vrf2', 'mgmt'];

interface MatchCase {
  readonly id: string;
  readonly line: string;
  readonly specs: readonly OracleSpec[];
}

const cases: MatchCase[] = [
  ...ADDRESS_PATTERNS.map((p) => ({ id: `Address ${p}`, line: `Match Address ${p}`, specs: ADDRESSES.map((addr) => ({ addr })) })),
  ...ADDRESS_PATTERNS.map((p) => ({ id: `LocalAddress ${p}`, line: `Match LocalAddress ${p}`, specs: ADDRESSES.map((laddr) => ({ laddr })) })),
  ...NAME_PATTERNS.map((p) => ({ id: `User ${p}`, line: `Match User ${p}`, specs: USERS.map((user) => ({ user })) })),
  ...HOST_PATTERNS.map((p) => ({ id: `Host ${p}`, line: `Match Host ${p}`, specs: HOSTS.map((host) => ({ host })) })),
  ...PORT_PATTERNS.map((p) => ({ id: `LocalPort ${p}`, line: `Match LocalPort ${p}`, specs: PORTS.map((lport) => ({ lport })) })),
  ...RDOMAIN_PATTERNS.map((p) => ({ id: `RDomain ${p}`, line: `Match RDomain ${p}`, specs: RDOMAINS.map((rdomain) => ({ rdomain })) })),
  // Several criteria on one line are ANDed; a missing key in the spec does not match.
  { id: 'User alice Address 10.0.0.0/8', line: 'Match User alice Address 10.0.0.0/8', specs: [{ user: 'alice', addr: '10.0.0.1' }, { user: 'alice', addr: '11.0.0.1' }, { user: 'bob', addr: '10.0.0.1' }, { user: 'alice' }, { addr: '10.0.0.1' }] },
  { id: 'User alice User bob', line: 'Match User alice User bob', specs: [{ user: 'alice' }, { user: 'bob' }] },
];

const ready = sshdOracleReady();
const known = loadKnownMismatches();

describe.runIf(ready)('Match criteria and patterns vs real sshd -T', () => {
  const scratch = scratchDir('sshd-match');
  const real = new Map<string, OracleRun[]>();
  const roots = new Map<string, string>();

  beforeAll(async () => {
    const oracle = createSshdOracle();
    try {
      cases.forEach((c, i) => roots.set(c.id, writeHostTree(`${scratch.dir}/${i}`, { '/etc/ssh/sshd_config': `${c.line}\n\tBanner /matched\n` })));
      const runs = await oracle.run(cases.map((c) => ({ hostRoot: roots.get(c.id)!, specs: c.specs })));
      cases.forEach((c, i) => real.set(c.id, runs[i]!));
    } finally {
      oracle.dispose();
    }
  });
  afterAll(() => scratch.dispose());

  it('some patterns match and some do not', () => {
    const all = [...real.values()].flat();
    expect(all.filter((r) => r.lines.includes('banner /matched')).length).toBeGreaterThan(50);
    expect(all.filter((r) => r.lines.includes('banner none')).length).toBeGreaterThan(50);
  });

  it('a config of 10,000 Match blocks (as in OpenSSH\'s big-config regress test) agrees and stays fast', async () => {
    let text = 'PasswordAuthentication no\n';
    for (let i = 0; i < 10_000; i++) text += `Match User u${i} Address 10.${(i >> 8) & 255}.${i & 255}.0/24\n\tChrootDirectory /srv/u${i}\n\tPasswordAuthentication yes\n`;
    const root = writeHostTree(`${scratch.dir}/big`, { '/etc/ssh/sshd_config': text });
    const specs = [{}, { user: 'u9999', addr: '10.39.15.7' }, { user: 'u5000', addr: '10.0.0.1' }, { user: 'x' }];
    const oracle = createSshdOracle({ parallel: 1 });
    let runs: OracleRun[][];
    try {
      runs = await oracle.run([{ hostRoot: root, specs }]);
    } finally {
      oracle.dispose();
    }
    const t0 = performance.now();
    const failures = checkCase(hostFsForDir(root), '/etc/ssh/sshd_config', specs, runs[0]!);
    const ms = performance.now() - t0;
    expect(failures.map((f) => `${describeSpec(f.spec)}: ${formatMismatch(f.mismatch)}`)).toEqual([]);
    expect(runs[0]![1]!.lines).toContain('chrootdirectory /srv/u9999');
    // Linear, not quadratic: a generous bound for a busy 2-core machine.
    expect(ms).toBeLessThan(20_000);
  });

  for (const c of cases) {
    const id = `match:${c.id}`;
    const test = known.has(id) ? it.fails : it;
    test(c.line, () => {
      const failures = checkCase(hostFsForDir(roots.get(c.id)!), '/etc/ssh/sshd_config', c.specs, real.get(c.id)!);
      expect(failures.map((f) => `${describeSpec(f.spec)}: ${formatMismatch(f.mismatch)}`)).toEqual([]);
    });
  }
});
