import { describe, expect, it } from 'vitest';
import { memoryHostFs } from '../../../src/discover/host-fs.js';
import { buildFirewallModel } from '../../../src/model/firewall/index.js';
import type { FirewallModel, ReachQuery } from '../../../src/model/firewall/index.js';

function model(files: Record<string, { text: string; format?: 'iptables-save' | 'iptables-list' }>): FirewallModel {
  const m = buildFirewallModel(memoryHostFs({}), { files: Object.entries(files).map(([path, f]) => ({ path, text: f.text, format: f.format ?? 'iptables-save' })), target: 'debian-12' });
  if (!m) throw new Error('no model');
  return m;
}

function v4(...rules: string[]): FirewallModel {
  return model({ 'etc/iptables/rules.v4': { text: ['*filter', ':INPUT DROP [0:0]', ':FORWARD DROP [0:0]', ':OUTPUT ACCEPT [0:0]', ...rules, 'COMMIT', ''].join('\n') } });
}

const q = (port: number, extra: Partial<ReachQuery> = {}): ReachQuery => ({ family: 4, port, ...extra });

// Kernel behaviour these expectations rely on is exercised in test/oracle/firewall-*.test.ts.
describe('evaluateReach', () => {
  const est = '-A INPUT -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT';

  it('accepts, drops by policy and rejects, with the deciding path and the client symptom', () => {
    const m = v4(est, '-A INPUT -p tcp --dport 22 -j ACCEPT', '-A INPUT -p tcp --dport 23 -j REJECT --reject-with tcp-reset', '-A INPUT -p tcp --dport 24 -j REJECT --reject-with icmp-host-prohibited');
    expect(m.reach(q(22))).toMatchObject({ verdict: 'accepted', symptom: 'open', path: [{ line: 6, chain: 'INPUT', rule: '-A INPUT -p tcp --dport 22 -j ACCEPT' }] });
    expect(m.reach(q(23))).toMatchObject({ verdict: 'rejected', symptom: 'refused' });
    expect(m.reach(q(24))).toMatchObject({ verdict: 'rejected', symptom: 'unreachable' });
    expect(m.reach(q(25))).toMatchObject({ verdict: 'dropped', symptom: 'timeout', path: [{ line: 2, chain: 'INPUT', rule: 'policy DROP' }] });
  });

  it('answers "depends" with the accepted source ranges when only some sources get in', () => {
    const m = v4(est, '-A INPUT -s 10.0.0.0/8 -p tcp --dport 22 -j ACCEPT', '-A INPUT -s 192.168.1.0/24 -p tcp --dport 22 -j ACCEPT');
    const a = m.reach(q(22));
    expect(a.verdict).toBe('depends');
    expect(a.conditions).toEqual([{ kind: 'source', accepted: ['10.0.0.0/8', '192.168.1.0/24'], description: 'accepted only from 10.0.0.0/8, 192.168.1.0/24' }]);
    expect(m.reach(q(22, { source: '10.1.2.3' })).verdict).toBe('accepted');
    expect(m.reach(q(22, { source: '8.8.8.8' })).verdict).toBe('dropped');
  });

  it('never guesses an ipset: depends on the set, naming it', () => {
    const a = v4(est, '-A INPUT -p tcp --dport 22 -m set --match-set admins src -j ACCEPT').reach(q(22));
    expect(a.verdict).toBe('depends');
    expect(a.conditions.map((c) => c.kind)).toEqual(['opaque']);
    expect(a.conditions[0]?.description).toContain('admins');
  });

  it('follows jumps, gotos and RETURN (RETURN after -g goes back to the caller of the jump)', () => {
    const m = v4(
      ':A - [0:0]',
      ':B - [0:0]',
      est,
      '-A INPUT -j A',
      '-A INPUT -p tcp --dport 22 -j ACCEPT',
      '-A A -g B',
      '-A A -p tcp --dport 22 -j DROP',
      '-A B -p tcp --dport 80 -j ACCEPT',
      '-A B -j RETURN',
    );
    expect(m.reach(q(22)).verdict).toBe('accepted');
    expect(m.reach(q(80)).verdict).toBe('accepted');
    expect(m.reach(q(81)).verdict).toBe('dropped');
  });

  it('follows a nat REDIRECT: filter sees the new port, and later packets keep the translation', () => {
    const m = model({
      'rules.v4': { text: '*nat\n:PREROUTING ACCEPT [0:0]\n-A PREROUTING -p tcp --dport 2222 -j REDIRECT --to-ports 22\nCOMMIT\n*filter\n:INPUT DROP [0:0]\n-A INPUT -m conntrack --ctstate ESTABLISHED -j ACCEPT\n-A INPUT -p tcp --dport 22 -j ACCEPT\nCOMMIT\n' },
    });
    const a = m.reach(q(2222));
    expect(a.verdict).toBe('accepted');
    expect(a.outcomes[0]?.finalPort).toBe(22);
    expect(a.path.map((p) => p.chain)).toEqual(['nat/PREROUTING', 'INPUT']);
  });

  it('a SYN accepted with nothing accepting the packets after it stalls the connection', () => {
    const a = v4('-A INPUT -p tcp --dport 22 -m state --state NEW -j ACCEPT').reach(q(22));
    expect(a).toMatchObject({ verdict: 'dropped', symptom: 'stalled' });
    expect(v4('-A INPUT -p tcp --dport 22 -m state --state NEW -j ACCEPT').reach(q(22, { state: 'established' })).verdict).toBe('dropped');
  });

  it('knows loopback from other interfaces, and asks about unknown ones', () => {
    const m = v4(est, '-A INPUT -i lo -j ACCEPT', '-A INPUT -i eth1 -p tcp --dport 22 -j ACCEPT');
    const a = m.reach(q(22));
    expect(a.verdict).toBe('depends');
    expect(a.conditions).toContainEqual({ kind: 'interface', accepted: ['eth1'], description: 'accepted only on input interface eth1' });
    expect(m.reach(q(22, { iface: 'eth0' })).verdict).toBe('dropped');
    expect(m.reach(q(22, { iface: 'eth1' })).verdict).toBe('accepted');
  });

  it('reports an unknown family as depends, never as open', () => {
    expect(v4(est).reach({ family: 6, port: 22 })).toMatchObject({ verdict: 'depends', conditions: [{ kind: 'no-ruleset', family: 6 }] });
  });

  it('treats a listing without -v as hiding interfaces', () => {
    const m = model({ 'fw.txt': { format: 'iptables-list', text: 'Chain INPUT (policy DROP)\ntarget     prot opt source               destination\nACCEPT     tcp  --  anywhere             anywhere             tcp dpt:ssh\n' } });
    const a = m.reach(q(22, { state: 'established' }));
    expect(a.verdict).toBe('depends');
    expect(a.conditions[0]?.description).toContain('not shown without -v');
    const verbose = model({ 'fw.txt': { format: 'iptables-list', text: 'Chain INPUT (policy DROP 0 packets, 0 bytes)\n pkts bytes target     prot opt in     out     source               destination\n    0     0 ACCEPT     tcp  --  *      *       0.0.0.0/0            0.0.0.0/0            tcp dpt:22\n' } });
    expect(verbose.reach(q(22, { state: 'established' })).verdict).toBe('accepted');
  });

  it('stays bounded on huge fan-out and says the answer is incomplete', () => {
    const rules = Array.from({ length: 400 }, (_, i) => `-A INPUT -p tcp --dport 22 -m set --match-set s${i} src -j ${i % 2 ? 'ACCEPT' : 'DROP'}`);
    const a = v4(...rules).reach(q(22));
    expect(a.verdict).toBe('depends');
    expect(a.conditions.some((c) => c.kind === 'complexity')).toBe(true);
  });
});

describe('shadowedRules', () => {
  it('finds a rule taken entirely by an earlier terminal rule, and nothing else', () => {
    const m = v4('-A INPUT -p tcp -m multiport --dports 20:30 -j DROP', '-A INPUT -p tcp --dport 22 -s 10.0.0.0/8 -j ACCEPT', '-A INPUT -p tcp --dport 31 -j ACCEPT', '-A INPUT -p udp --dport 22 -j ACCEPT');
    expect(m.shadowedRules().map((s) => [s.rule.location.range.start.line, s.by.location.range.start.line])).toEqual([[6, 5]]);
  });
});
