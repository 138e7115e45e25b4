import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { diskHostFs } from '../../../src/discover/host-fs.js';
import { loadNftables } from '../../../src/parsers/nftables/lower.js';

/** Every nftables file of the real-world corpus loads without an exception, and every rule has a location. */

const CORPUS = '../shared/corpus';

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (/\.nft$|^nftables\.conf$/.test(name)) out.push(p);
  }
  return out;
}

const files = existsSync(CORPUS) ? walk(CORPUS) : [];

describe.skipIf(files.length === 0)('nftables corpus', () => {
  it.each(files.map((f) => path.relative(CORPUS, f)))('%s', (rel) => {
    const [group, repo] = rel.split(path.sep);
    const root = path.join(CORPUS, group ?? '', repo ?? '');
    const repoPath = path.relative(root, path.join(CORPUS, rel)).split(path.sep).join('/');
    const loaded = loadNftables(diskHostFs(root, root), { path: repoPath, text: readFileSync(path.join(CORPUS, rel), 'utf8') });
    for (const chain of loaded.ruleset.chains.values()) {
      for (const rule of chain.rules) {
        expect(rule.location.range.start.line).toBeGreaterThan(0);
        for (const m of rule.matches) expect(m.location?.file ?? rule.location.file).toBeTruthy();
      }
    }
    for (const d of loaded.diagnostics) expect(d.location.range.start.line).toBeGreaterThan(0);
  });
});
