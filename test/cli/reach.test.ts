import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { captureIo } from '../helpers/io.js';

const dir = mkdtempSync(path.join(tmpdir(), 'sshlint-reach-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const RULES = `*filter
:INPUT DROP [0:0]
:FORWARD DROP [0:0]
:OUTPUT ACCEPT [0:0]
-A INPUT -i lo -j ACCEPT
-A INPUT -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
-A INPUT -s 10.0.0.0/8 -p tcp --dport 22 -j ACCEPT
-A INPUT -p tcp --dport 443 -j REJECT --reject-with tcp-reset
COMMIT
`;
mkdirSync(path.join(dir, 'host/etc/iptables'), { recursive: true });
writeFileSync(path.join(dir, 'host/etc/iptables/rules.v4'), RULES);
writeFileSync(path.join(dir, 'bad.rules'), '*filter\n:INPUT DROP [0:0]\n-A INPUT -p tcp --dport 99999 -j ACCEPT\nCOMMIT\n');
writeFileSync(path.join(dir, 'listing.txt'), 'Chain INPUT (policy DROP 0 packets, 0 bytes)\n pkts bytes target     prot opt in     out     source               destination\n    0     0 ACCEPT     tcp  --  eth0   *       0.0.0.0/0            0.0.0.0/0            tcp dpt:22\n');

async function reach(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = captureIo(dir);
  const code = await main(['reach', ...args], io);
  return { code, out: io.out(), err: io.err() };
}

describe('sshlint reach', () => {
  it('prints one JSON object with the verdict, path and conditions (host folder)', async () => {
    const r = await reach('host', '--port', '22', '--format', 'json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual({
      verdict: 'depends',
      family: 4,
      port: 22,
      path: [{ file: 'etc/iptables/rules.v4', line: 7, chain: 'INPUT', rule: '-A INPUT -s 10.0.0.0/8 -p tcp --dport 22 -j ACCEPT' }],
      conditions: [{ kind: 'source', accepted: ['10.0.0.0/8'], description: 'accepted only from 10.0.0.0/8' }],
    });
  });

  it('answers for one source, and says what the client sees', async () => {
    expect(JSON.parse((await reach('host/etc/iptables/rules.v4', '--port', '22', '--from', '10.9.9.9', '--format', 'json')).out)).toMatchObject({ verdict: 'accepted', symptom: 'open' });
    const text = await reach('host/etc/iptables/rules.v4', '--port', '443');
    expect(text.out).toContain('IPv4 TCP port 443 from any source on any non-loopback interface: rejected — clients see "Connection refused"');
    expect(text.out).toContain('rules.v4:8  INPUT  -A INPUT -p tcp --dport 443 -j REJECT --reject-with tcp-reset');
  });

  it('exits 0 whatever the verdict, 2 when the file cannot be loaded', async () => {
    expect((await reach('host', '--port', '8080')).code).toBe(0);
    const bad = await reach('bad.rules', '--port', '22');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('bad.rules:3:17: invalid port/service "99999"');
  });

  it('reads iptables -L -v listings, with the interface', async () => {
    expect(JSON.parse((await reach('listing.txt', '--port', '22', '--iface', 'eth0', '--format', 'json')).out)).toMatchObject({ verdict: 'accepted' });
    expect(JSON.parse((await reach('listing.txt', '--port', '22', '--iface', 'eth1', '--format', 'json')).out)).toMatchObject({ verdict: 'dropped' });
  });

  it('rejects bad usage with exit 2', async () => {
    expect((await reach('host')).code).toBe(2);
    expect((await reach('host', '--port', 'ssh')).code).toBe(2);
    expect((await reach('host', '--port', '22', '--from', '10.0.0.1', '--family', '6')).code).toBe(2);
    expect((await reach('nope', '--port', '22')).code).toBe(2);
  });
});
