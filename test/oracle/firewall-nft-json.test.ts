import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryHostFs } from '../../src/discover/host-fs.js';
import { createFirewallModel } from '../../src/model/firewall/index.js';
import { loadNftablesJson } from '../../src/parsers/nftables/json.js';
import { loadNftables } from '../../src/parsers/nftables/lower.js';
import { ADDRESSES, netnsUnavailable } from './lib/netns.js';
import { predicted } from './lib/netns-compare.js';

/**
 * `nft -j list ruleset` JSON, as the real nft prints it for each nftables fixture loaded into a scratch
 * namespace, must give the same answers as the fixture's text (whose answers firewall-nft.test.ts proves
 * against the kernel), with no error diagnostics.
 */

const DIR = 'fixtures/firewall-formats/nftables';
const PORTS = [22, 80, 443, 1000, 2222, 8080];

function ready(): boolean {
  const why = netnsUnavailable(['nft']);
  if (why === null) return true;
  if (process.env.CI) throw new Error(`nftables JSON oracle unavailable in CI: ${why}`);
  console.warn(`skipping nftables JSON oracle tests: ${why}`);
  return false;
}

const run = ready() ? describe : describe.skip;
let counter = 0;

function listJson(text: string): string {
  const ns = `slnftj${process.pid}x${counter++}`;
  execFileSync('ip', ['netns', 'add', ns]);
  try {
    execFileSync('ip', ['netns', 'exec', ns, 'nft', '-f', '-'], { input: text });
    return execFileSync('ip', ['netns', 'exec', ns, 'nft', '-j', 'list', 'ruleset'], { encoding: 'utf8' });
  } finally {
    execFileSync('ip', ['netns', 'del', ns]);
  }
}

const fixtures = readdirSync(DIR).filter((n) => n.endsWith('.nft')).sort();

run('nft -j list ruleset reads like the text it came from', () => {
  it.each(fixtures)('%s', (fixture) => {
    const text = readFileSync(path.join(DIR, fixture), 'utf8');
    const json = listJson(text);
    const fromJson = loadNftablesJson({ path: 'ruleset.json', text: json });
    expect(fromJson.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const fromText = loadNftables(memoryHostFs({}), { path: fixture, text });
    const a = createFirewallModel([fromJson.ruleset], fromJson.diagnostics, []);
    const b = createFirewallModel([fromText.ruleset], fromText.diagnostics, []);
    const differences: string[] = [];
    for (const family of [4, 6] as const) {
      for (const port of PORTS) {
        const q = { family, port, source: ADDRESSES[family].client, destination: ADDRESSES[family].server, iface: 'eth0' };
        const x = predicted(a.reach(q));
        const y = predicted(b.reach(q));
        if (x !== y) differences.push(`IPv${family} ${port}: json ${x} / text ${y}`);
      }
    }
    expect(differences).toEqual([]);
    // Every rule points into the JSON text.
    for (const c of fromJson.ruleset.chains.values()) for (const r of c.rules) expect(r.location.file).toBe('ruleset.json');
  });
});
