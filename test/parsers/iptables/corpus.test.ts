import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryHostFs } from '../../../src/discover/host-fs.js';
import { buildFirewallModel } from '../../../src/model/firewall/index.js';
import type { SourceFormat } from '../../../src/model/source.js';

const CORPUS = '../shared/corpus/iptables';

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = path.join(dir, n);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

const files = existsSync(CORPUS) ? walk(CORPUS).sort() : [];

describe.skipIf(files.length === 0)('real-world iptables files', () => {
  it.each(files)('%s parses, lowers and evaluates without a crash', (file) => {
    const text = readFileSync(file, 'utf8');
    const format: SourceFormat = /^\s*Chain \S+ \(/m.test(text) && !/^\*filter/m.test(text) ? 'iptables-list' : 'iptables-save';
    const model = buildFirewallModel(memoryHostFs({}), { files: [{ path: file, text, format }], target: 'debian-12' });
    expect(model).toBeDefined();
    for (const family of [4, 6] as const) {
      const a = model?.reach({ family, port: 22 });
      expect(['accepted', 'dropped', 'rejected', 'depends']).toContain(a?.verdict);
    }
    expect(Array.isArray(model?.shadowedRules())).toBe(true);
  });
});
