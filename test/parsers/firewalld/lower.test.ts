import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { diskHostFs, memoryHostFs } from '../../../src/discover/host-fs.js';
import { buildFirewallModel } from '../../../src/model/firewall/index.js';
import { isFirewalldEntry, loadFirewalld } from '../../../src/parsers/firewalld/lower.js';
import { scanXml } from '../../../src/parsers/firewalld/xml.js';

/**
 * firewalld semantics as its documentation states them (firewalld.zone(5), firewalld.richlanguage(5)): a zone
 * with target "default" rejects what it does not allow; rich rules are grouped deny before allow; source zones
 * win over interface zones, which win over the default zone; /etc service files override the built-in ones.
 */

function model(files: Record<string, string>) {
  const fs = memoryHostFs(files);
  const list = Object.entries(files).map(([p, text]) => ({ path: p.slice(1), text, format: 'firewalld' as const }));
  return buildFirewallModel(fs, { files: list, target: 'debian-12' });
}

describe('firewalld loader', () => {
  it('default zone from firewalld.conf; the built-in public zone allows ssh and rejects the rest (admin-prohibited)', () => {
    const m = model({ '/etc/firewalld/firewalld.conf': 'DefaultZone=public\n' });
    expect(m?.reach({ family: 4, port: 22 }).symptom).toBe('open');
    expect(m?.reach({ family: 6, port: 80 })).toMatchObject({ symptom: 'unreachable', verdict: 'rejected' });
  });

  it('a zone file replaces the built-in zone, with positions on its elements', () => {
    const zone = '<?xml version="1.0" encoding="utf-8"?>\n<zone>\n  <short>Public</short>\n  <port protocol="tcp" port="2222"/>\n</zone>\n';
    const m = model({ '/etc/firewalld/firewalld.conf': 'DefaultZone=public\n', '/etc/firewalld/zones/public.xml': zone });
    expect(m?.reach({ family: 4, port: 22 }).symptom).toBe('unreachable');
    const a = m?.reach({ family: 4, port: 2222 });
    expect(a?.symptom).toBe('open');
    expect(a?.path.at(-1)).toMatchObject({ file: 'etc/firewalld/zones/public.xml', line: 4 });
  });

  it('rich rules: reject before accept whatever the order in the file; sources narrow the answer', () => {
    const zone = `<zone>
  <rule family="ipv4"><source address="10.0.0.0/8"/><service name="ssh"/><accept/></rule>
  <rule family="ipv4"><source address="10.1.0.0/16"/><service name="ssh"/><reject type="tcp-reset"/></rule>
</zone>
`;
    const m = model({ '/etc/firewalld/firewalld.conf': 'DefaultZone=work\n', '/etc/firewalld/zones/work.xml': zone });
    expect(m?.reach({ family: 4, port: 22, source: '10.1.2.3' }).symptom).toBe('refused');
    expect(m?.reach({ family: 4, port: 22, source: '10.2.0.1' }).symptom).toBe('open');
    expect(m?.reach({ family: 4, port: 22, source: '192.0.2.1' }).symptom).toBe('unreachable');
    expect(m?.reach({ family: 6, port: 22 }).symptom).toBe('unreachable');
  });

  it('source and interface zones take packets before the default zone; /etc services override built-in ones', () => {
    const m = model({
      '/etc/firewalld/firewalld.conf': 'DefaultZone=drop\n',
      '/etc/firewalld/zones/trusted.xml': '<zone target="ACCEPT">\n  <source address="192.0.2.0/24"/>\n</zone>\n',
      '/etc/firewalld/zones/internal.xml': '<zone>\n  <interface name="wg0"/>\n  <service name="ssh"/>\n</zone>\n',
      '/etc/firewalld/services/ssh.xml': '<service>\n  <port protocol="tcp" port="2200"/>\n</service>\n',
    });
    expect(m?.reach({ family: 4, port: 22, source: '192.0.2.7' }).symptom).toBe('open');
    expect(m?.reach({ family: 4, port: 22, source: '198.51.100.1', iface: 'eth0' }).symptom).toBe('timeout');
    expect(m?.reach({ family: 4, port: 2200, source: '198.51.100.1', iface: 'wg0' }).symptom).toBe('open');
    expect(m?.reach({ family: 4, port: 22, source: '198.51.100.1', iface: 'wg0' }).symptom).toBe('unreachable');
  });

  it('broken XML and an invalid port are errors (firewalld falls back to its stock configuration)', () => {
    const fs = memoryHostFs({ '/etc/firewalld/zones/public.xml': '<zone>\n  <port protocol="tcp" port="99999"/>\n</zone>\n', '/etc/firewalld/zones/work.xml': '<zone>\n<service name="ssh">\n</zone>\n' });
    const loaded = loadFirewalld(fs, { path: 'etc/firewalld/zones/public.xml', text: '' }, 'debian-12');
    expect(loaded.diagnostics.filter((d) => d.severity === 'error').map((d) => [d.code, d.location.file, d.location.range.start.line])).toEqual([
      ['firewalld-invalid-xml', 'etc/firewalld/zones/work.xml', 3],
      ['firewalld-invalid-port', 'etc/firewalld/zones/public.xml', 2],
    ]);
  });

  it('only one file of the tree builds the model', () => {
    const fs = memoryHostFs({ '/etc/firewalld/zones/a.xml': '<zone/>', '/etc/firewalld/zones/b.xml': '<zone/>' });
    expect(isFirewalldEntry(fs, 'etc/firewalld/zones/a.xml')).toBe(true);
    expect(isFirewalldEntry(fs, 'etc/firewalld/zones/b.xml')).toBe(false);
  });

  it('scanXml gives line and column of each element', () => {
    const r = scanXml('<zone>\n  <!-- <service name="x"/> -->\n  <service name="ssh"/>\n</zone>\n');
    expect(r.root?.children.map((c) => [c.name, c.attrs.name, c.line, c.col])).toEqual([['service', 'ssh', 3, 3]]);
  });
});

const CORPUS = '../shared/corpus';

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (/\.xml$|^firewalld\.conf$/.test(name) && p.includes('firewalld')) out.push(p);
  }
  return out;
}

const files = existsSync(CORPUS) ? walk(CORPUS) : [];

describe.skipIf(files.length === 0)('firewalld corpus', () => {
  it.each(files.map((f) => path.relative(CORPUS, f)))('%s loads', (rel) => {
    const [group, repo] = rel.split(path.sep);
    const root = path.join(CORPUS, group ?? '', repo ?? '');
    const repoPath = path.relative(root, path.join(CORPUS, rel)).split(path.sep).join('/');
    const loaded = loadFirewalld(diskHostFs(root, root), { path: repoPath, text: readFileSync(path.join(CORPUS, rel), 'utf8') }, 'debian-12');
    expect(loaded.rulesets).toHaveLength(1);
    expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});

describe('firewalld rich rule priorities', () => {
  it('a negative priority runs before the deny/allow groups, a positive one after them', () => {
    const zone = `<zone>
  <rule priority="-1"><service name="ssh"/><accept/></rule>
  <rule><service name="ssh"/><drop/></rule>
  <rule priority="5"><port port="80" protocol="tcp"/><reject/></rule>
  <port port="80" protocol="tcp"/>
</zone>
`;
    const m = model({ '/etc/firewalld/firewalld.conf': 'DefaultZone=public\n', '/etc/firewalld/zones/public.xml': zone });
    expect(m?.reach({ family: 4, port: 22 }).symptom).toBe('open');
    expect(m?.reach({ family: 4, port: 80 }).symptom).toBe('open');
  });
});

describe('firewalld forward-port', () => {
  it('a local forward-port redirects before the filter: 2222 reaches sshd on 22', () => {
    const zone = '<zone>\n  <service name="ssh"/>\n  <forward-port port="2222" protocol="tcp" to-port="22"/>\n</zone>\n';
    const m = model({ '/etc/firewalld/firewalld.conf': 'DefaultZone=public\n', '/etc/firewalld/zones/public.xml': zone });
    const a = m?.reach({ family: 4, port: 2222 });
    expect(a?.symptom).toBe('open');
    expect(a?.outcomes[0]?.finalPort).toBe(22);
  });
});

describe('firewalld forward-port without a matching service', () => {
  it('the redirected connection is accepted by filter_INPUT (ct status dnat), with StrictForwardPorts=yes only firewalld\'s own forwards', () => {
    const zone = '<zone>\n  <forward-port port="2222" protocol="tcp" to-port="22"/>\n</zone>\n';
    const loose = model({ '/etc/firewalld/firewalld.conf': 'DefaultZone=public\n', '/etc/firewalld/zones/public.xml': zone });
    expect(loose?.reach({ family: 4, port: 2222 }).symptom).toBe('open');
    expect(loose?.reach({ family: 4, port: 22 }).symptom).toBe('unreachable');
    const strict = model({ '/etc/firewalld/firewalld.conf': 'DefaultZone=public\nStrictForwardPorts=yes\n', '/etc/firewalld/zones/public.xml': zone });
    expect(strict?.reach({ family: 4, port: 2222 }).symptom).toBe('open');
  });
});
