import type { HostFs } from '../../discover/host-fs.js';
import { lowerIptables } from '../../model/firewall/iptables.js';
import type { Chain, Family, FirewallDiagnostic, Match, Rule, Ruleset } from '../../model/firewall/types.js';
import type { Location } from '../../model/position.js';
import { parseIptablesSave } from '../iptables/save.js';
import { parseAppProfiles, profilePorts, scanTuples } from './tuples.js';

/**
 * ufw as it loads at boot (ufw-init): before.rules, then user.rules, then after.rules restored without flushing
 * into the filter table, INPUT wired to ufw's chains, `ufw-before-input` ending in a jump to `ufw-user-input`,
 * and the default input policy from /etc/default/ufw set last. The files are iptables-restore fragments, so
 * the lowering assembles one restore text, lowers it with the iptables lowering, and maps every line back to
 * the file it came from.
 */

export interface UfwDefaults {
  readonly inputPolicy: 'ACCEPT' | 'DROP' | 'REJECT';
  readonly ipv6: boolean;
  readonly policyLocation?: Location;
}

/** `/etc/default/ufw`: `KEY=value` or `KEY="value"`, as ufw reads it (keys case-insensitive, quotes stripped). */
export function parseUfwDefaults(text: string, file: string): { defaults: UfwDefaults; diagnostics: FirewallDiagnostic[] } {
  let inputPolicy: UfwDefaults['inputPolicy'] = 'DROP';
  let ipv6 = true;
  let policyLocation: Location | undefined;
  const diagnostics: FirewallDiagnostic[] = [];
  text.split('\n').forEach((line, i) => {
    const m = /^\s*(\w+)\s*=\s*"?([^"#\s]*)"?/.exec(line);
    if (!m) return;
    const key = (m[1] ?? '').toLowerCase();
    const value = (m[2] ?? '').toUpperCase();
    const location: Location = { file, range: { start: { line: i + 1, column: 1 }, end: { line: i + 1, column: line.length + 1 } } };
    if (key === 'default_input_policy') {
      if (value === 'ACCEPT' || value === 'DROP' || value === 'REJECT') {
        inputPolicy = value;
        policyLocation = location;
      } else diagnostics.push({ severity: 'error', code: 'ufw-invalid-policy', message: `DEFAULT_INPUT_POLICY must be ACCEPT, DROP or REJECT, not "${m[2] ?? ''}"`, location });
    }
    if (key === 'ipv6') ipv6 = value === 'YES';
  });
  return { defaults: { inputPolicy, ipv6, ...(policyLocation ? { policyLocation } : {}) }, diagnostics };
}

/** What the Debian/Ubuntu package ships in before(6).rules for input, used when the repo does not carry the file. */
function shippedBefore(p: string, family: Family): string[] {
  const common = [`-A ${p}-before-input -i lo -j ACCEPT`, `-A ${p}-before-input -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT`, `-A ${p}-before-input -m conntrack --ctstate INVALID -j DROP`];
  if (family === 6) return [...common, `-A ${p}-before-input -p ipv6-icmp -j ACCEPT`];
  return [
    ...common,
    `-A ${p}-before-input -p icmp -j ACCEPT`,
    `-A ${p}-before-input -p udp --sport 67 --dport 68 -j ACCEPT`,
    `-A ${p}-before-input -j ${p}-not-local`,
    `-A ${p}-not-local -m addrtype --dst-type LOCAL -j RETURN`,
    `-A ${p}-not-local -m addrtype --dst-type MULTICAST -j RETURN`,
    `-A ${p}-not-local -m addrtype --dst-type BROADCAST -j RETURN`,
    `-A ${p}-not-local -j DROP`,
  ];
}

const CHAINS = ['before-logging-input', 'before-input', 'after-input', 'after-logging-input', 'reject-input', 'track-input', 'user-input', 'not-local', 'logging-deny', 'logging-allow', 'user-limit', 'user-limit-accept', 'user-logging-input'];

interface Origin {
  readonly file: string;
  readonly line: number;
}

function hostPathOf(fs: HostFs, repoPath: string): string {
  if (!fs.root) return `/${repoPath}`;
  return repoPath.startsWith(`${fs.root}/`) ? `/${repoPath.slice(fs.root.length + 1)}` : `/${repoPath}`;
}

/** Load ufw for one family from its user(6).rules, reading the sibling files and /etc/default/ufw through `fs`. */
export function loadUfw(fs: HostFs, file: { path: string; text: string }): { rulesets: Ruleset[]; diagnostics: FirewallDiagnostic[]; files: string[] } {
  const family: Family = /user6\.rules$/.test(file.path) || /^:ufw6-user-input\b/m.test(file.text) ? 6 : 4;
  const p = family === 6 ? 'ufw6' : 'ufw';
  const hostDir = hostPathOf(fs, file.path).replace(/\/[^/]*$/, '');
  const etc = hostDir.replace(/\/ufw$/, '');
  const files = [file.path];
  const diagnostics: FirewallDiagnostic[] = [];
  const at1: Location = { file: file.path, range: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } } };

  const conf = fs.read(`${hostDir}/ufw.conf`);
  if (conf.ok) {
    files.push(conf.repoPath);
    if (/^\s*ENABLED\s*=\s*"?no"?\s*$/im.test(conf.text)) {
      diagnostics.push({ severity: 'warning', code: 'ufw-disabled', message: 'ufw is disabled (ENABLED=no in ufw.conf): these rules are not loaded at boot', location: { file: conf.repoPath, range: at1.range } });
      return { rulesets: [], diagnostics, files };
    }
  }
  const def = fs.read(`${etc}/default/ufw`);
  let defaults: UfwDefaults = { inputPolicy: 'DROP', ipv6: true };
  if (def.ok) {
    files.push(def.repoPath);
    const parsed = parseUfwDefaults(def.text, def.repoPath);
    defaults = parsed.defaults;
    diagnostics.push(...parsed.diagnostics);
  }
  if (family === 6 && !defaults.ipv6) {
    diagnostics.push({ severity: 'warning', code: 'ufw-ipv6-off', message: 'IPV6=no in /etc/default/ufw: ufw does not load user6.rules', location: at1 });
    return { rulesets: [], diagnostics, files };
  }

  // ufw's own record of the rules: hand-written rule lines, and app profiles changed since a rule was added.
  const tuples = scanTuples(file.text, file.path);
  diagnostics.push(...tuples.diagnostics);
  if (tuples.tuples.some((t) => t.dapp !== undefined)) {
    const profiles = new Map<string, { ports: string; line: number; file: string }>();
    for (const p of fs.glob(`${hostDir}/applications.d/*`)) {
      const r = fs.read(p);
      if (!r.ok) continue;
      for (const [name, v] of parseAppProfiles(r.text)) profiles.set(name.toLowerCase(), { ...v, file: r.repoPath });
    }
    for (const t of tuples.tuples) {
      const profile = t.dapp !== undefined ? profiles.get(t.dapp.toLowerCase()) : undefined;
      if (!profile) continue;
      const now = new Set(profilePorts(profile.ports).split(','));
      const stale = t.dport.split(',').filter((port) => !now.has(port));
      if (stale.length > 0) {
        const line = file.text.split('\n')[t.line - 1] ?? '';
        diagnostics.push({
          severity: 'warning',
          code: 'ufw-app-profile-changed',
          message: `rule for application "${t.dapp ?? ''}" opens ${t.dport}, but the profile (${profile.file}:${profile.line}) now says ports=${profile.ports}: run "ufw app update ${t.dapp ?? ''}"`,
          location: { file: file.path, range: { start: { line: t.line, column: 1 }, end: { line: t.line, column: line.length + 1 } } },
        });
      }
    }
  }

  // The restore text, line by line, with where each line came from.
  const lines: string[] = [];
  const origins: (Origin | undefined)[] = [];
  const push = (text: string, origin?: Origin): void => {
    lines.push(text);
    origins.push(origin);
  };
  const policy = defaults.inputPolicy === 'ACCEPT' ? 'ACCEPT' : 'DROP';
  push('*filter');
  push(`:INPUT ${policy} [0:0]`, defaults.policyLocation ? { file: defaults.policyLocation.file, line: defaults.policyLocation.range.start.line } : undefined);
  push(':FORWARD ACCEPT [0:0]');
  push(':OUTPUT ACCEPT [0:0]');
  const declared = new Set(CHAINS.map((c) => `${p}-${c}`));
  const bodies: { lines: string[]; origins: Origin[] }[] = [];
  /** The filter-table rule lines of one rules file (chain declarations are collected, other tables skipped). */
  const filterBody = (text: string, path: string): { lines: string[]; origins: Origin[] } => {
    const body: { lines: string[]; origins: Origin[] } = { lines: [], origins: [] };
    let table = '';
    text.split('\n').forEach((line, i) => {
      const t = line.trim();
      if (t.startsWith('*')) table = t.slice(1);
      // Other tables (nat rules of routers) do not decide what reaches a local port's filter chains.
      if (table !== 'filter' || t === '' || t.startsWith('#') || t.startsWith('*') || t === 'COMMIT') return;
      if (t.startsWith(':')) {
        declared.add(t.slice(1).split(/\s+/)[0] ?? '');
        return;
      }
      body.lines.push(line);
      body.origins.push({ file: path, line: i + 1 });
    });
    return body;
  };
  const fragment = (name: string): boolean => {
    const r = fs.read(`${hostDir}/${name}`);
    if (!r.ok) return false;
    if (r.repoPath !== file.path) files.push(r.repoPath);
    bodies.push(filterBody(r.text, r.repoPath));
    return true;
  };
  const before = family === 6 ? 'before6.rules' : 'before.rules';
  if (!fragment(before)) bodies.push({ lines: shippedBefore(p, family), origins: [] });
  bodies.push({ lines: [`-A ${p}-before-input -j ${p}-user-input`], origins: [] });
  bodies.push(filterBody(file.text, file.path));
  fragment(family === 6 ? 'after6.rules' : 'after.rules');
  if (defaults.inputPolicy === 'REJECT') bodies.push({ lines: [`-A ${p}-reject-input -p tcp -j REJECT --reject-with tcp-reset`, `-A ${p}-reject-input -j REJECT`], origins: [] });
  if (defaults.inputPolicy === 'ACCEPT') bodies.push({ lines: [`-A ${p}-track-input -p tcp -m conntrack --ctstate NEW -j ACCEPT`, `-A ${p}-track-input -p udp -m conntrack --ctstate NEW -j ACCEPT`], origins: [] });

  for (const c of [...declared].filter(Boolean).sort()) push(`:${c} - [0:0]`);
  for (const c of ['before-logging-input', 'before-input', 'after-input', 'after-logging-input', 'reject-input', 'track-input']) push(`-A INPUT -j ${p}-${c}`);
  for (const b of bodies) b.lines.forEach((l, i) => push(l, b.origins[i]));
  push('COMMIT');

  const synthetic = `${file.path} (assembled by ufw-init)`;
  const lowered = lowerIptables(parseIptablesSave(lines.join('\n') + '\n'), { file: synthetic, family, format: 'ufw' });
  const remap = (l: Location | undefined): Location => {
    const o = l ? origins[l.range.start.line - 1] : undefined;
    if (!l || !o) return at1;
    return { file: o.file, range: { start: { line: o.line, column: l.range.start.column }, end: { line: o.line, column: l.range.end.column } } };
  };
  const chains = new Map<string, Chain>();
  for (const [id, c] of lowered.ruleset.chains) {
    const rules: Rule[] = c.rules.map((r) => ({ ...r, location: remap(r.location), matches: r.matches.map((m): Match => (m.location ? { ...m, location: remap(m.location) } : m)) }));
    chains.set(id, { ...c, rules, ...(c.location ? { location: remap(c.location) } : {}) });
  }
  const ruleset: Ruleset = {
    ...lowered.ruleset,
    file: file.path,
    chains,
    baseChains: lowered.ruleset.baseChains.map((b) => ({ ...b, ...(b.policyLocation ? { policyLocation: defaults.policyLocation ?? remap(b.policyLocation) } : {}) })),
  };
  for (const d of lowered.diagnostics) diagnostics.push({ ...d, location: remap(d.location) });
  return { rulesets: [ruleset], diagnostics, files };
}
