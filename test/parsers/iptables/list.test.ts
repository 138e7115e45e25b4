import { describe, expect, it } from 'vitest';
import { parseIptablesList } from '../../../src/parsers/iptables/list.js';

// Shapes from iptables' own test (0002-verbose-output) and from `iptables -L` as the research notes show it.
const VERBOSE = `Chain INPUT (policy DROP 0 packets, 0 bytes)
num   pkts bytes target     prot opt in     out     source               destination
1       10   600 ACCEPT     all  --  lo     *       0.0.0.0/0            0.0.0.0/0
2      167M  113G ACCEPT     tcp  --  *      *       10.0.0.0/8           0.0.0.0/0            tcp dpt:22
3        0     0            all  --  eth2   eth3    10.0.0.1             10.0.0.2

Chain f2b-sshd (1 references)
num   pkts bytes target     prot opt in     out     source               destination
`;

describe('parseIptablesList', () => {
  it('reads -L -n -v --line-numbers, including an empty target column and K/M/G counters', () => {
    const l = parseIptablesList(VERBOSE);
    expect(l.problems).toEqual([]);
    expect(l.chains.map((c) => [c.name, c.policy, c.verbose, c.rows.length])).toEqual([
      ['INPUT', 'DROP', true, 3],
      ['f2b-sshd', undefined, true, 0],
    ]);
    expect(l.chains[0]?.rows.map((r) => [r.target, r.prot, r.in, r.source, r.extra])).toEqual([
      ['ACCEPT', 'all', 'lo', '0.0.0.0/0', ''],
      ['ACCEPT', 'tcp', '*', '10.0.0.0/8', 'tcp dpt:22'],
      ['', 'all', 'eth2', '10.0.0.1', ''],
    ]);
  });

  it('reads plain -L: names instead of numbers, no interface columns', () => {
    const l = parseIptablesList('Chain INPUT (policy ACCEPT)\ntarget     prot opt source               destination\nACCEPT     tcp  --  anywhere             anywhere             tcp dpt:ssh\n');
    expect(l.chains[0]?.verbose).toBe(false);
    expect(l.chains[0]?.rows[0]).toMatchObject({ target: 'ACCEPT', source: 'anywhere', extra: 'tcp dpt:ssh' });
    expect(l.chains[0]?.rows[0]?.in).toBeUndefined();
  });

  it('says so when the text is not a listing', () => {
    expect(parseIptablesList('hello\n').problems.map((p) => p.code)).toEqual(['not-a-listing']);
  });
});
