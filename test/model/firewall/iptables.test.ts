import { describe, expect, it } from 'vitest';
import { loadIptablesText, lowerIptables } from '../../../src/model/firewall/iptables.js';
import { parseIptablesSave } from '../../../src/parsers/iptables/save.js';

const load = (text: string) => loadIptablesText(text, { file: 'rules.v4', family: 4 });

describe('iptables lowering', () => {
  it('applies restore commands in order: -I positions, -D by number and by spec, -P, -F', () => {
    const { ruleset, diagnostics } = load(
      ['*filter', ':INPUT ACCEPT [0:0]', '-A INPUT -p tcp --dport 1 -j ACCEPT', '-A INPUT -p tcp --dport 2 -j ACCEPT', '-I INPUT 2 -p tcp --dport 3 -j DROP', '-I INPUT -p tcp --dport 4 -j DROP', '-D INPUT -p tcp -m tcp --dport 2 -j ACCEPT', '-D INPUT 1', '-P INPUT DROP', 'COMMIT', ''].join('\n'),
    );
    expect(diagnostics).toEqual([]);
    const input = ruleset.chains.get('filter/INPUT');
    expect(input?.rules.map((r) => [r.index, r.text])).toEqual([
      [1, '-A INPUT -p tcp --dport 1 -j ACCEPT'],
      [2, '-I INPUT 2 -p tcp --dport 3 -j DROP'],
    ]);
    expect(ruleset.baseChains.find((b) => b.chain === 'filter/INPUT')).toMatchObject({ hook: 'input', priority: 0, policy: 'drop', policyLocation: { range: { start: { line: 9 } } } });
  });

  it('reads the file line by line: a jump to a chain declared later fails, as in iptables-restore', () => {
    const text = '*filter\n:INPUT ACCEPT [0:0]\n-A INPUT -j LATER\n:LATER - [0:0]\nCOMMIT\n';
    expect(load(text).diagnostics.map((d) => [d.code, d.location.range.start.line])).toEqual([['unknown-target', 3]]);
  });

  it('gives the same model from the document and from the one-pass loader', () => {
    const text = '*nat\n:PREROUTING ACCEPT [0:0]\n-A PREROUTING -p tcp --dport 2222 -j REDIRECT --to-ports 22\nCOMMIT\n*filter\n:INPUT DROP [0:0]\n:X - [0:0]\n-A INPUT -j X\n-A X -s 10.0.0.0/8 -j RETURN\nCOMMIT\n';
    const a = load(text);
    const b = lowerIptables(parseIptablesSave(text), { file: 'rules.v4', family: 4 });
    expect(a.ruleset.baseChains).toEqual(b.ruleset.baseChains);
    expect([...a.ruleset.chains.values()].map((c) => [c.id, c.rules.map((r) => r.text)])).toEqual([...b.ruleset.chains.values()].map((c) => [c.id, c.rules.map((r) => r.text)]));
  });

  it('lowers matches with their locations and normalises what iptables normalises', () => {
    const rule = load('*filter\n:INPUT DROP [0:0]\n-A INPUT -s 10.1.2.3/8 -p tcp -m multiport --dports ssh,1000:2000 ! -i eth+ -j REJECT --reject-with tcp-rst\nCOMMIT\n').ruleset.chains.get('filter/INPUT')?.rules[0];
    expect(rule?.matches.map((m) => m.kind)).toEqual(['saddr', 'protocol', 'iif', 'dport']);
    expect(rule?.matches[0]).toMatchObject({ networks: [{ text: '10.0.0.0/8' }], location: { range: { start: { line: 3, column: 10 }, end: { line: 3, column: 23 } } } });
    expect(rule?.matches[2]).toMatchObject({ negated: true, interfaces: [{ name: 'eth', prefix: true }] });
    expect(rule?.matches[3]).toMatchObject({ ports: [{ from: 22, to: 22 }, { from: 1000, to: 2000 }] });
    expect(rule?.action).toEqual({ kind: 'reject', with: 'tcp-reset' });
  });
});
