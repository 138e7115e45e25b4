/**
 * Connection specs for a fixture, derived from the text of its Match lines (a rough scan of our own,
 * deliberately independent of the engine's parser): no spec at all, user=root, and for every Match
 * line one spec built to satisfy it plus one built to miss it. A fixture may add its own specs in
 * `oracle-specs.json` beside its `etc/`.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { OracleSpec } from './sshd.js';

type Key = keyof OracleSpec;
const ATTR_KEY: Record<string, Key> = { user: 'user', group: 'user', host: 'host', address: 'addr', localaddress: 'laddr', localport: 'lport', rdomain: 'rdomain' };

/** A value that a pattern list accepts, when one is easy to construct. */
function hitValue(attr: string, list: string): string | undefined {
  const positive = list.split(',').find((p) => p !== '' && !p.startsWith('!'));
  if (positive === undefined) return undefined;
  if ((attr === 'address' || attr === 'localaddress') && positive.includes('/')) return cidrMember(positive);
  if (attr === 'group') return positive === 'root' ? 'root' : positive === 'nogroup' ? 'nobody' : undefined;
  return positive.replaceAll('*', 'x').replaceAll('?', 'y');
}

function cidrMember(cidr: string): string | undefined {
  const [net = '', bits = ''] = cidr.split('/');
  if (net.includes(':')) return net.endsWith('::') ? `${net}5` : net;
  const octets = net.split('.').map(Number);
  if (octets.length !== 4 || Number(bits) >= 31) return net;
  octets[3] = (octets[3] ?? 0) + 5;
  return octets.join('.');
}

const MISS: Required<OracleSpec> = { user: 'nosuchuser', host: 'miss.invalid', addr: '198.51.100.77', laddr: '198.51.100.1', lport: 65001, rdomain: 'nosuchrdomain' };

function parseMatchLines(text: string): { attr: string; list: string }[][] {
  const out: { attr: string; list: string }[][] = [];
  for (const raw of text.split(/\r?\n/)) {
    const m = /^\s*match[\s=]+(.*)$/i.exec(raw);
    if (!m) continue;
    const words = (m[1] ?? '').replace(/\s#.*$/, '').split(/[\s=]+/).filter((w) => w !== '');
    const crit: { attr: string; list: string }[] = [];
    for (let i = 0; i < words.length; i++) {
      const attr = (words[i] ?? '').toLowerCase();
      if (attr === 'all') continue;
      crit.push({ attr, list: words[i + 1] ?? '' });
      i++;
    }
    out.push(crit);
  }
  return out;
}

export function deriveSpecs(configTexts: readonly string[], extra: readonly OracleSpec[] = [], max = 10): OracleSpec[] {
  const text = configTexts.join('\n');
  const needsLport = /^\s*match\b.*\blocalport\b/im.test(text);
  const withPort = (s: OracleSpec): OracleSpec => (needsLport && s.lport === undefined ? { ...s, lport: 22 } : s);
  const specs: OracleSpec[] = [{}, withPort({ user: 'root' }), ...extra];
  for (const crit of parseMatchLines(text)) {
    if (crit.length === 0) continue;
    const hit: Record<string, string | number> = {};
    for (const { attr, list } of crit) {
      const key = ATTR_KEY[attr];
      const v = hitValue(attr, list);
      if (key === undefined || v === undefined) continue;
      hit[key] = key === 'lport' ? Number(v) : v;
    }
    specs.push(withPort({ user: 'alice', ...hit }));
    specs.push(withPort({ ...MISS }));
  }
  const seen = new Set<string>();
  return specs
    .filter((s) => {
      const k = JSON.stringify(Object.entries(s).sort());
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    })
    .slice(0, max);
}

/** `oracle-specs.json` of a fixture root (a JSON array of specs), when present. */
export function fixtureSpecs(hostRoot: string): OracleSpec[] {
  const p = path.join(hostRoot, 'oracle-specs.json');
  return existsSync(p) ? (JSON.parse(readFileSync(p, 'utf8')) as OracleSpec[]) : [];
}
