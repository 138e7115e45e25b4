import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadNftablesJson } from '../../../src/parsers/nftables/json.js';

/** `nft -j` JSON reading; agreement with the text form is checked against nft itself in test/oracle/firewall-nft-json.test.ts. */

describe('nftables JSON', () => {
  it('invalid JSON is an error at line 1', () => {
    const r = loadNftablesJson({ path: 'r.json', text: '{"nftables": [' });
    expect(r.diagnostics.map((d) => [d.severity, d.code])).toEqual([['error', 'nft-json-invalid']]);
  });

  it('positions point at the object in the JSON text', () => {
    const text = `{"nftables": [
  {"table": {"family": "inet", "name": "t", "handle": 1}},
  {"chain": {"family": "inet", "table": "t", "name": "in", "handle": 1, "type": "filter", "hook": "input", "prio": 0, "policy": "drop"}},
  {"rule": {"family": "inet", "table": "t", "chain": "in", "handle": 2, "expr": [{"match": {"op": "==", "left": {"payload": {"protocol": "tcp", "field": "dport"}}, "right": 22}}, {"accept": null}]}}
]}
`;
    const r = loadNftablesJson({ path: 'r.json', text });
    expect(r.diagnostics).toEqual([]);
    const rule = r.ruleset.chains.get('inet t/in')?.rules[0];
    expect(rule?.text).toBe('tcp dport 22 accept');
    expect(rule?.location.range.start).toEqual({ line: 4, column: 3 });
    expect(r.ruleset.baseChains[0]).toMatchObject({ policy: 'drop', priority: 0, hook: 'input' });
  });
});

const CORPUS = '../shared/corpus';

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (name.endsWith('.json-nft')) out.push(p);
  }
  return out;
}

const files = existsSync(CORPUS) ? walk(CORPUS) : [];

describe.skipIf(files.length === 0)('nftables JSON corpus', () => {
  it.each(files.map((f) => path.relative(CORPUS, f)))('%s loads', (rel) => {
    const r = loadNftablesJson({ path: rel, text: readFileSync(path.join(CORPUS, rel), 'utf8') });
    expect(r.ruleset.chains.size).toBeGreaterThan(0);
  });
});
