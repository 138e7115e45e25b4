import { describe, expect, it } from 'vitest';
import { memoryHostFs } from '../../../src/discover/host-fs.js';
import { buildFirewallModel } from '../../../src/model/firewall/index.js';
import { loadNftables } from '../../../src/parsers/nftables/lower.js';

/** Lowering facts; the verdicts are those the kernel gave for the same files (test/oracle/firewall-nft.test.ts). */

const MAIN = `#!/usr/sbin/nft -f
flush ruleset
include "nftables.d/*.nft"
table inet filter {
\tchain input {
\t\ttype filter hook input priority filter; policy drop;
\t\tct state established,related accept
\t\ttcp dport $ssh_port accept comment "ssh"
\t}
}
`;

describe('nftables loader', () => {
  it('follows includes through the host filesystem and substitutes variables', () => {
    const fs = memoryHostFs({ '/etc/nftables.conf': MAIN, '/etc/nftables.d/vars.nft': 'define ssh_port = 2222\n' });
    const loaded = loadNftables(fs, { path: 'etc/nftables.conf', text: MAIN });
    expect(loaded.diagnostics).toEqual([]);
    expect(loaded.files).toEqual(['etc/nftables.conf', 'etc/nftables.d/vars.nft']);
    const rule = loaded.ruleset.chains.get('inet filter/input')?.rules[1];
    expect(rule?.text).toBe('tcp dport $ssh_port accept comment "ssh"');
    expect(rule?.location.range.start).toEqual({ line: 8, column: 3 });
    expect(rule?.comment).toBe('ssh');
    expect(rule?.matches.find((m) => m.kind === 'dport')).toMatchObject({ ports: [{ from: 2222, to: 2222 }] });
  });

  it('reports a missing include and an undefined variable as errors (nft -f refuses both)', () => {
    const loaded = loadNftables(memoryHostFs({}), { path: 'etc/nftables.conf', text: 'include "nope.nft"\n' + MAIN });
    const codes = loaded.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code);
    expect(codes).toContain('nft-include-missing');
    expect(codes).toContain('nft-undefined-variable');
  });

  it('lowers a vmap to one rule per element and answers through buildFirewallModel', () => {
    const text = 'table inet t {\n\tchain input {\n\t\ttype filter hook input priority 0; policy drop;\n\t\ttcp dport vmap { 22 : accept, 80 : drop }\n\t}\n}\n';
    const model = buildFirewallModel(memoryHostFs({}), { files: [{ path: 'etc/nftables.conf', text, format: 'nftables' }], target: 'debian-12' });
    expect(model?.rulesets[0]?.chains.get('inet t/input')?.rules).toHaveLength(2);
    expect(model?.reach({ family: 4, port: 22 }).verdict).toBe('accepted');
    expect(model?.reach({ family: 6, port: 22 }).verdict).toBe('accepted');
    expect(model?.reach({ family: 4, port: 80 }).symptom).toBe('timeout');
  });

  it('an ip table filters IPv4 only: IPv6 is unfiltered (the kernel lets it in)', () => {
    const text = 'table ip t {\n\tchain input {\n\t\ttype filter hook input priority 0; policy drop;\n\t}\n}\n';
    const loaded = loadNftables(memoryHostFs({}), { path: 'x.nft', text });
    const model = buildFirewallModel(memoryHostFs({}), { files: [{ path: 'x.nft', text, format: 'nftables' }], target: 'debian-12' });
    expect(loaded.ruleset.baseChains[0]?.families).toEqual([4]);
    expect(model?.reach({ family: 4, port: 22 }).symptom).toBe('timeout');
    expect(model?.reach({ family: 6, port: 22 }).symptom).toBe('open');
  });

  it('sets with a timeout are runtime state: opaque, keyed by the set', () => {
    const text = 'table inet f2b {\n\tset addr-set-sshd {\n\t\ttype ipv4_addr\n\t\tflags timeout\n\t}\n\tchain input {\n\t\ttype filter hook input priority -1; policy accept;\n\t\tip saddr @addr-set-sshd reject\n\t}\n}\n';
    const loaded = loadNftables(memoryHostFs({}), { path: 'x.nft', text });
    const m = loaded.ruleset.chains.get('inet f2b/input')?.rules[0]?.matches.find((x) => x.kind === 'opaque');
    expect(m).toMatchObject({ kind: 'opaque', key: 'set:addr-set-sshd' });
  });
});

describe('nftables files included by the main file', () => {
  it('are read through the main file only, not as rulesets of their own', () => {
    const main = 'table inet filter {\n\tchain input {\n\t\ttype filter hook input priority 0; policy drop;\n\t}\n}\ninclude "/etc/nftables/*.nft"\n';
    const fragment = 'add rule inet filter input tcp dport 22 accept\n';
    const fs = memoryHostFs({ '/etc/sysconfig/nftables.conf': main, '/etc/nftables/ssh.nft': fragment });
    const model = buildFirewallModel(fs, {
      files: [
        { path: 'etc/nftables/ssh.nft', text: fragment, format: 'nftables' },
        { path: 'etc/sysconfig/nftables.conf', text: main, format: 'nftables' },
      ],
      target: 'rhel-9',
    });
    expect(model?.diagnostics).toEqual([]);
    expect(model?.rulesets).toHaveLength(1);
    expect(model?.reach({ family: 4, port: 22 }).symptom).toBe('open');
    expect(model?.reach({ family: 4, port: 80 }).symptom).toBe('timeout');
  });
});
