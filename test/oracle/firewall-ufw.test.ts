import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { diskHostFs } from '../../src/discover/host-fs.js';
import { createFirewallModel } from '../../src/model/firewall/index.js';
import { loadUfw } from '../../src/parsers/ufw/lower.js';
import { kernelSymptom, predicted } from './lib/netns-compare.js';
import { ADDRESSES, netnsUnavailable, probeRulesets } from './lib/netns.js';

/**
 * ufw fixtures (fixtures/firewall-formats/ufw/<name>/etc/...) rendered by the real ufw: the installed /etc/ufw
 * with the fixture's files laid over it is enabled inside a throw-away namespace (ufw's --rootdir/--datadir keep
 * it off the host's config), the resulting iptables/ip6tables rules are saved and loaded into the probe harness,
 * and sshlint's reading of the fixture files must predict what the client sees, IPv4 and IPv6.
 */

const PORTS = [22, 80, 443, 1500, 2222, 8080];
const DIR = 'fixtures/firewall-formats/ufw';

function ready(): boolean {
  const why = netnsUnavailable(['ufw', 'iptables-save', 'ip6tables-save', 'iptables-restore', 'ip6tables-restore']) ?? (existsSync('/etc/ufw/before.rules') ? null : '/etc/ufw is not installed');
  if (why === null) return true;
  if (process.env.CI) throw new Error(`ufw oracle unavailable in CI: ${why}`);
  console.warn(`skipping ufw oracle tests: ${why}`);
  return false;
}

const run = ready() ? describe : describe.skip;

let counter = 0;

/** Enable the real ufw over the fixture's files in a scratch namespace; return iptables-save and ip6tables-save output. */
function render(fixture: string): { v4: string; v6: string } {
  const scratch = mkdtempSync(path.join(tmpdir(), 'sshlint-ufw-'));
  const data = path.join(scratch, 'data');
  const ns = `slufw${process.pid}x${counter++}`;
  try {
    mkdirSync(path.join(data, 'etc', 'default'), { recursive: true });
    mkdirSync(path.join(data, 'lib', 'ufw'), { recursive: true });
    cpSync('/etc/ufw', path.join(data, 'etc', 'ufw'), { recursive: true });
    for (const name of readdirSync(path.join(fixture, 'etc', 'ufw'))) cpSync(path.join(fixture, 'etc', 'ufw', name), path.join(data, 'etc', 'ufw', name));
    // The installed defaults with the fixture's settings applied; IPT_SYSCTL off so nothing touches the host's sysctls.
    const overrides = new Map(readFileSync(path.join(fixture, 'etc', 'default', 'ufw'), 'utf8').split('\n').filter((l) => l.includes('=')).map((l) => [l.split('=')[0] ?? '', l] as const));
    overrides.set('IPT_SYSCTL', 'IPT_SYSCTL=');
    const base = readFileSync('/etc/default/ufw', 'utf8').split('\n').map((l) => overrides.get(l.split('=')[0] ?? '') ?? l);
    writeFileSync(path.join(data, 'etc', 'default', 'ufw'), base.join('\n'));
    execFileSync('ip', ['netns', 'add', ns]);
    execFileSync('ip', ['netns', 'exec', ns, 'ufw', '--rootdir=/', `--datadir=${data}`, '--force', 'enable'], { stdio: 'pipe' });
    const v4 = execFileSync('ip', ['netns', 'exec', ns, 'iptables-save'], { encoding: 'utf8' });
    const v6 = execFileSync('ip', ['netns', 'exec', ns, 'ip6tables-save'], { encoding: 'utf8' });
    return { v4, v6 };
  } finally {
    try {
      execFileSync('ip', ['netns', 'del', ns], { stdio: 'pipe' });
    } catch {
      // never created
    }
    rmSync(scratch, { recursive: true, force: true });
  }
}

const fixtures = readdirSync(DIR).sort();

run('ufw reading vs the real ufw, rendered into the kernel', () => {
  it.each(fixtures)('%s', async (name) => {
    const fixture = path.join(DIR, name);
    const rendered = render(fixture);
    expect(rendered.v4).toContain(':ufw-user-input');
    const report = await probeRulesets({
      loads: [{ command: ['iptables-restore'], text: rendered.v4 }, { command: ['ip6tables-restore'], text: rendered.v6 }],
      probes: ([4, 6] as const).flatMap((family) => PORTS.map((port) => ({ family, port }))),
    });
    expect(report.loadError).toBeUndefined();
    const fs = diskHostFs(fixture, fixture);
    const loaded = ([4, 6] as const).map((family) => {
      const file = `etc/ufw/user${family === 6 ? '6' : ''}.rules`;
      return loadUfw(fs, { path: file, text: readFileSync(path.join(fixture, file), 'utf8') });
    });
    const diagnostics = loaded.flatMap((l) => l.diagnostics);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const model = createFirewallModel(loaded.flatMap((l) => l.rulesets), diagnostics, []);
    const mismatches = report.results
      .map((r) => {
        const answer = model.reach({ family: r.family, port: r.port, source: ADDRESSES[r.family].client, destination: ADDRESSES[r.family].server, iface: 'eth0' });
        return `IPv${r.family} ${r.port}: kernel ${kernelSymptom(r.result)} / sshlint ${predicted(answer)}`;
      })
      .filter((l) => !/kernel (\S+) \/ sshlint \1$/.test(l));
    expect(mismatches).toEqual([]);
  });
});
