import type { HostFs } from '../../discover/host-fs.js';
import { parseNetwork } from '../../model/firewall/addresses.js';
import type { Action, BaseChain, Chain, Family, FirewallDiagnostic, Match, Network, RejectType, Rule, Ruleset } from '../../model/firewall/types.js';
import type { Location } from '../../model/position.js';
import type { TargetName } from '../../model/targets.js';
import { BUILTIN_SERVICES, builtinZones } from './data/services.js';
import type { ServiceDef, ZoneDef } from './data/services.js';
import { scanXml } from './xml.js';
import type { XmlElement } from './xml.js';

/**
 * firewalld (nftables backend) as it builds `table inet firewalld` for input:
 *   filter_INPUT: ct state established,related accept; iifname "lo" accept; ct state invalid drop;
 *                 jump filter_INPUT_ZONES; reject with icmpx admin-prohibited
 *   filter_INPUT_ZONES: source zones (by source address), then interface zones, then the default zone (goto)
 *   filter_IN_<zone>: rich rules that drop/reject, then services, ports and accepting rich rules
 *                     (`ct state new,untracked accept`), then the zone target (ACCEPT/DROP/%%REJECT%%;
 *                     `default` returns, and filter_INPUT rejects).
 * Zones and services in /etc/firewalld override the built-in ones of the same name.
 */

/** A match without its common fields (distributes over the union). */
type MatchBody = Match extends infer T ? (T extends Match ? Omit<T, 'negated' | 'text' | 'location'> : never) : never;

interface Zone {
  readonly name: string;
  readonly def: ZoneDef;
  readonly file?: string;
  readonly el?: XmlElement;
}

const TABLE = 'inet firewalld';
const id = (chain: string): string => `${TABLE}/${chain}`;

function hostPathOf(fs: HostFs, repoPath: string): string {
  if (!fs.root) return `/${repoPath}`;
  return repoPath.startsWith(`${fs.root}/`) ? `/${repoPath.slice(fs.root.length + 1)}` : `/${repoPath}`;
}

function elLoc(file: string, el: XmlElement): Location {
  return { file, range: { start: { line: el.line, column: el.col }, end: { line: el.line, column: el.end } } };
}

function elText(el: XmlElement): string {
  const attrs = Object.entries(el.attrs).map(([k, v]) => `${k}="${v}"`).join(' ');
  return `<${el.name}${attrs ? ` ${attrs}` : ''}${el.children.length ? '>' : '/>'}`;
}

/** Is this repo file the one that builds the firewalld model? firewalld.conf, else the first zone file. */
export function isFirewalldEntry(fs: HostFs, path: string): boolean {
  const host = hostPathOf(fs, path);
  // A lone zone file (not under a firewalld directory) stands for itself.
  if (!host.includes('/firewalld/')) return true;
  const etc = host.replace(/\/firewalld\/.*$/, '/firewalld');
  if (host.endsWith('/firewalld.conf')) return true;
  if (fs.read(`${etc}/firewalld.conf`).ok) return false;
  const zones = fs.glob(`${etc}/zones/*.xml`);
  return zones[0] === host;
}

export function loadFirewalld(fs: HostFs, file: { path: string; text: string }, target: TargetName): { rulesets: Ruleset[]; diagnostics: FirewallDiagnostic[]; files: string[] } {
  const diagnostics: FirewallDiagnostic[] = [];
  const files: string[] = [];
  const host = hostPathOf(fs, file.path);
  const etc = host.replace(/\/firewalld\/.*$/, '/firewalld');
  const at = (f: string, line = 1): Location => ({ file: f, range: { start: { line, column: 1 }, end: { line, column: 1 } } });

  // firewalld.conf: DefaultZone.
  let defaultZone = 'public';
  let strictForwardPorts = false;
  let defaultLoc = at(file.path);
  const conf = fs.read(`${etc}/firewalld.conf`);
  if (conf.ok) {
    files.push(conf.repoPath);
    defaultLoc = at(conf.repoPath);
    conf.text.split('\n').forEach((line, i) => {
      if (/^\s*StrictForwardPorts\s*=\s*yes\s*$/i.test(line)) strictForwardPorts = true;
      const m = /^\s*DefaultZone\s*=\s*(\S+)/.exec(line);
      if (m?.[1]) {
        defaultZone = m[1];
        defaultLoc = { file: conf.repoPath, range: { start: { line: i + 1, column: 1 }, end: { line: i + 1, column: line.length + 1 } } };
      }
    });
  }

  const xml = (path: string): { root: XmlElement; repoPath: string } | undefined => {
    const r = fs.read(path);
    if (!r.ok) return undefined;
    files.push(r.repoPath);
    const parsed = scanXml(r.text);
    if (!parsed.root) {
      diagnostics.push({ severity: 'error', code: 'firewalld-invalid-xml', message: `not a valid firewalld file (firewalld falls back to its stock configuration): ${parsed.error?.message ?? ''}`, location: at(r.repoPath, parsed.error?.line ?? 1) });
      return undefined;
    }
    return { root: parsed.root, repoPath: r.repoPath };
  };

  // Services: /etc overrides built-in.
  const services = new Map<string, ServiceDef & { loc?: Location }>(Object.entries(BUILTIN_SERVICES));
  for (const p of fs.glob(`${etc}/services/*.xml`)) {
    const doc = xml(p);
    if (!doc) continue;
    const name = (p.split('/').pop() ?? '').replace(/\.xml$/, '');
    const tcp: string[] = [];
    const udp: string[] = [];
    for (const c of doc.root.children) {
      if (c.name !== 'port') continue;
      const proto = c.attrs.protocol;
      const port = c.attrs.port ?? '';
      if (proto === 'tcp') tcp.push(port);
      else if (proto === 'udp') udp.push(port);
    }
    services.set(name, { tcp, udp, loc: elLoc(doc.repoPath, doc.root) });
  }

  // Zones: built-in, overridden by /etc/firewalld/zones/<name>.xml.
  const zones = new Map<string, Zone>();
  for (const [name, def] of Object.entries(builtinZones(target === 'rhel-9'))) zones.set(name, { name, def });
  // A lone zone file (`sshlint reach public.xml`) is the default zone.
  const lone = !host.includes('/firewalld/') && host.endsWith('.xml') && /<zone[\s>/]/.test(file.text);
  const zoneFiles = lone ? [host] : fs.glob(`${etc}/zones/*.xml`);
  if (lone) defaultZone = (host.split('/').pop() ?? '').replace(/\.xml$/, '');
  for (const p of zoneFiles) {
    const doc = xml(p);
    if (!doc) continue;
    const name = (p.split('/').pop() ?? '').replace(/\.xml$/, '');
    const t = doc.root.attrs.target ?? 'default';
    const targetValue = t === 'ACCEPT' || t === 'DROP' || t === '%%REJECT%%' || t === 'REJECT' ? (t === 'REJECT' ? '%%REJECT%%' : t) : 'default';
    if (!['default', 'ACCEPT', 'DROP', '%%REJECT%%', 'REJECT'].includes(t)) diagnostics.push({ severity: 'error', code: 'firewalld-invalid-target', message: `invalid zone target "${t}"`, location: elLoc(doc.repoPath, doc.root) });
    zones.set(name, { name, def: { target: targetValue, services: [] }, file: doc.repoPath, el: doc.root });
  }
  if (!zones.has(defaultZone)) diagnostics.push({ severity: 'error', code: 'firewalld-no-default-zone', message: `default zone "${defaultZone}" does not exist`, location: defaultLoc });

  const chains = new Map<string, Chain>();
  const addChain = (name: string, rules: Omit<Rule, 'chain' | 'index'>[], location?: Location): void => {
    chains.set(id(name), { id: id(name), name, table: TABLE, rules: rules.map((r, i) => ({ ...r, chain: id(name), index: i + 1 })), ...(location ? { location } : {}) });
  };
  const rule = (text: string, location: Location, matches: Match[], action: Action): Omit<Rule, 'chain' | 'index'> => ({ text, location, matches, action });
  const m = (x: MatchBody, text: string, location: Location): Match => ({ negated: false, ...x, text, location });

  const forwards = [...zones.values()].map((z) => ({ z, rules: forwardPortRules(z, diagnostics) }));
  const strictDnat: Omit<Rule, 'chain' | 'index'>[] = [];
  for (const f of forwards) {
    for (const r of f.rules) {
      const to = r.action.kind === 'redirect' || r.action.kind === 'dnat' ? r.action.toPorts : undefined;
      const ports = to ? [to] : r.matches.flatMap((x) => (x.kind === 'dport' ? x.ports : []));
      strictDnat.push(rule(r.text, r.location, [m({ kind: 'ctstate', states: ['dnat'] }, 'ct status dnat', r.location), m({ kind: 'dport', ports }, r.text, r.location)], { kind: 'accept' }));
    }
  }
  strictDnat.push(rule('ct status dnat reject with icmpx admin-prohibited', defaultLoc, [m({ kind: 'ctstate', states: ['dnat'] }, 'ct status dnat', defaultLoc)], { kind: 'reject', with: 'icmp-admin-prohibited' }));

  // filter_INPUT and the zone dispatch.
  const fixed = defaultLoc;
  addChain('filter_INPUT', [
    rule('ct state established,related accept', fixed, [m({ kind: 'ctstate', states: ['established', 'related'] }, 'ct state established,related', fixed)], { kind: 'accept' }),
    // Connections a port forward redirected are accepted before any zone; with StrictForwardPorts=yes only
    // those of firewalld's own forward-ports, the others (Docker's...) are rejected.
    ...(strictForwardPorts ? strictDnat : [rule('ct status dnat accept', fixed, [m({ kind: 'ctstate', states: ['dnat'] }, 'ct status dnat', fixed)], { kind: 'accept' })]),
    rule('iifname "lo" accept', fixed, [m({ kind: 'iif', interfaces: [{ name: 'lo', prefix: false }] }, 'iifname "lo"', fixed)], { kind: 'accept' }),
    rule('ct state invalid drop', fixed, [m({ kind: 'ctstate', states: ['invalid'] }, 'ct state invalid', fixed)], { kind: 'drop' }),
    rule('jump filter_INPUT_ZONES', fixed, [], { kind: 'jump', chain: id('filter_INPUT_ZONES') }),
    rule('reject with icmpx admin-prohibited', fixed, [], { kind: 'reject', with: 'icmp-admin-prohibited' }),
  ]);
  const dispatch: Omit<Rule, 'chain' | 'index'>[] = [];
  const sorted = [...zones.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const z of sorted) {
    for (const c of z.el?.children ?? []) {
      if (c.name !== 'source' || !z.file) continue;
      const loc = elLoc(z.file, c);
      const nets = networks(c.attrs.address ?? '');
      if (typeof nets === 'string') {
        if (c.attrs.address !== undefined) diagnostics.push({ severity: 'error', code: 'firewalld-invalid-address', message: nets, location: loc });
        dispatch.push(rule(elText(c), loc, [m({ kind: 'opaque', module: 'zone source', key: `firewalld:${elText(c)}` }, elText(c), loc)], { kind: 'goto', chain: id(`filter_IN_${z.name}`) }));
      } else dispatch.push(rule(elText(c), loc, [m({ kind: 'saddr', networks: nets }, elText(c), loc)], { kind: 'goto', chain: id(`filter_IN_${z.name}`) }));
    }
  }
  for (const z of sorted) {
    for (const c of z.el?.children ?? []) {
      if (c.name !== 'interface' || !z.file) continue;
      const loc = elLoc(z.file, c);
      const name = c.attrs.name ?? '';
      dispatch.push(rule(elText(c), loc, [m({ kind: 'iif', interfaces: [name.endsWith('+') ? { name: name.slice(0, -1), prefix: true } : { name, prefix: false }] }, elText(c), loc)], { kind: 'goto', chain: id(`filter_IN_${z.name}`) }));
    }
  }
  if (zones.has(defaultZone)) dispatch.push(rule(`default zone ${defaultZone}`, defaultLoc, [], { kind: 'goto', chain: id(`filter_IN_${defaultZone}`) }));
  addChain('filter_INPUT_ZONES', dispatch);

  for (const z of zones.values()) addChain(`filter_IN_${z.name}`, zoneRules(z, services, defaultLoc, diagnostics), z.file && z.el ? elLoc(z.file, z.el) : undefined);

  const baseChains: BaseChain[] = [{ chain: id('filter_INPUT'), hook: 'input', priority: 10, type: 'filter', policy: 'accept', families: [4, 6] }];

  // Local port forwarding (`<forward-port>` without to-addr): a redirect in nat prerouting, dispatched by zone too.
  if (forwards.some((f) => f.rules.length > 0)) {
    addChain('nat_PREROUTING_ZONES', dispatch.map((r) => (r.action.kind === 'goto' ? { ...r, action: { kind: 'goto', chain: r.action.chain.replace('/filter_IN_', '/nat_PRE_') } } : r)));
    for (const f of forwards) addChain(`nat_PRE_${f.z.name}`, f.rules, f.z.file && f.z.el ? elLoc(f.z.file, f.z.el) : undefined);
    baseChains.push({ chain: id('nat_PREROUTING_ZONES'), hook: 'prerouting', priority: -90, type: 'nat', policy: 'accept', families: [4, 6] });
  }
  const ruleset: Ruleset = { file: file.path, format: 'firewalld', families: [4, 6], chains, baseChains, fidelity: 'exact', backend: 'nftables' };
  return { rulesets: [ruleset], diagnostics, files: [...new Set(files)] };
}

function networks(address: string): Network[] | string {
  const family: Family = address.includes(':') ? 6 : 4;
  const n = parseNetwork(address, family);
  return typeof n === 'string' ? n : [n];
}

function portMatches(spec: string, proto: string, text: string, loc: Location): Match[] | string {
  const [a, b] = spec.split('-');
  const from = Number(a);
  const to = b === undefined ? from : Number(b);
  if (!/^\d+(-\d+)?$/.test(spec) || from > 65535 || to > 65535 || from > to) return `invalid port "${spec}"`;
  const protocols = proto === 'tcp' ? [6] : proto === 'udp' ? [17] : proto === 'sctp' ? [132] : proto === 'dccp' ? [33] : undefined;
  if (!protocols) return `invalid protocol "${proto}"`;
  return [
    { kind: 'protocol', protocols, negated: false, text, location: loc },
    { kind: 'dport', ports: [{ from, to }], negated: false, text, location: loc },
  ];
}

function zoneRules(z: Zone, services: ReadonlyMap<string, ServiceDef & { loc?: Location }>, defaultLoc: Location, diagnostics: FirewallDiagnostic[]): Omit<Rule, 'chain' | 'index'>[] {
  const deny: Omit<Rule, 'chain' | 'index'>[] = [];
  const allow: Omit<Rule, 'chain' | 'index'>[] = [];
  const ordered: { priority: number; rules: Omit<Rule, 'chain' | 'index'>[] }[] = [];
  const file = z.file ?? defaultLoc.file;
  const newState = (text: string, loc: Location): Match => ({ kind: 'ctstate', states: ['new', 'untracked'], negated: false, text, location: loc });
  const serviceRules = (name: string, text: string, loc: Location, extra: Match[], action: Action, into: Omit<Rule, 'chain' | 'index'>[]): void => {
    const svc = services.get(name);
    if (!svc) {
      // One of firewalld's many other built-in services, or a missing one: its ports are unknown here.
      diagnostics.push({ severity: 'warning', code: 'firewalld-unknown-service', message: `service "${name}" is not in /etc/firewalld/services nor among the built-in services sshlint knows; the ports it opens are unknown`, location: loc });
      into.push({ text, location: loc, matches: [...extra, { kind: 'opaque', module: `service ${name}`, key: `firewalld-service:${name}`, negated: false, text, location: loc }], action });
      return;
    }
    for (const [proto, ports] of [['tcp', svc.tcp ?? []], ['udp', svc.udp ?? []]] as const) {
      for (const p of ports) {
        const pm = portMatches(p, proto, text, loc);
        if (typeof pm !== 'string') into.push({ text, location: loc, matches: [...extra, ...pm, ...(action.kind === 'accept' ? [newState(text, loc)] : [])], action });
      }
    }
  };
  const elements: { el: XmlElement; loc: Location }[] = z.el ? z.el.children.map((el) => ({ el, loc: elLoc(file, el) })) : z.def.services.map((s) => ({ el: { name: 'service', attrs: { name: s }, children: [], line: defaultLoc.range.start.line, col: 1, end: 1, text: '' }, loc: defaultLoc }));
  for (const { el, loc } of elements) {
    const text = elText(el);
    if (el.name === 'service') serviceRules(el.attrs.name ?? '', text, loc, [], { kind: 'accept' }, allow);
    else if (el.name === 'port') {
      const pm = portMatches(el.attrs.port ?? '', el.attrs.protocol ?? '', text, loc);
      if (typeof pm === 'string') diagnostics.push({ severity: 'error', code: 'firewalld-invalid-port', message: pm, location: loc });
      else allow.push({ text, location: loc, matches: [...pm, newState(text, loc)], action: { kind: 'accept' } });
    } else if (el.name === 'rule') {
      // Priority < 0 runs before the deny/allow split, > 0 after it, both in ascending priority (stable).
      const priority = Number(el.attrs.priority ?? '0') || 0;
      const bucket: Omit<Rule, 'chain' | 'index'>[] = [];
      richRule(el, loc, file, serviceRules, priority === 0 ? deny : bucket, priority === 0 ? allow : bucket, diagnostics);
      if (priority !== 0) ordered.push({ priority, rules: bucket });
    }
  }
  const target: Omit<Rule, 'chain' | 'index'>[] = [];
  const tloc = z.file && z.el ? elLoc(z.file, z.el) : defaultLoc;
  if (z.def.target === 'ACCEPT') target.push({ text: 'target ACCEPT', location: tloc, matches: [], action: { kind: 'accept' } });
  if (z.def.target === 'DROP') target.push({ text: 'target DROP', location: tloc, matches: [], action: { kind: 'drop' } });
  if (z.def.target === '%%REJECT%%') target.push({ text: 'target %%REJECT%%', location: tloc, matches: [], action: { kind: 'reject', with: 'icmp-admin-prohibited' } });
  const byPriority = [...ordered].sort((a, b) => a.priority - b.priority);
  const pre = byPriority.filter((o) => o.priority < 0).flatMap((o) => o.rules);
  const post = byPriority.filter((o) => o.priority > 0).flatMap((o) => o.rules);
  return [...pre, ...deny, ...allow, ...post, ...target];
}

/** `<forward-port port protocol to-port/>` with no to-addr: delivered locally on to-port. With to-addr: DNAT. */
function forwardPortRules(z: Zone, diagnostics: FirewallDiagnostic[]): Omit<Rule, 'chain' | 'index'>[] {
  const out: Omit<Rule, 'chain' | 'index'>[] = [];
  if (!z.file || !z.el) return out;
  for (const c of z.el.children) {
    if (c.name !== 'forward-port') continue;
    const loc = elLoc(z.file, c);
    const text = elText(c);
    const pm = portMatches(c.attrs.port ?? '', c.attrs.protocol ?? '', text, loc);
    if (typeof pm === 'string') {
      diagnostics.push({ severity: 'error', code: 'firewalld-invalid-port', message: pm, location: loc });
      continue;
    }
    const to = c.attrs['to-port'] !== undefined ? Number(c.attrs['to-port']) : undefined;
    const toPorts = to !== undefined && Number.isInteger(to) && to <= 65535 ? { from: to, to } : undefined;
    const addr = c.attrs['to-addr'];
    out.push({ text, location: loc, matches: pm, action: addr ? { kind: 'dnat', toAddress: addr, ...(toPorts ? { toPorts } : {}) } : { kind: 'redirect', ...(toPorts ? { toPorts } : {}) } });
  }
  return out;
}

type ServiceRules = (name: string, text: string, loc: Location, extra: Match[], action: Action, into: Omit<Rule, 'chain' | 'index'>[]) => void;

/** A rich rule: family, source/destination (invert), service/port/protocol, and accept/reject/drop. */
function richRule(el: XmlElement, loc: Location, file: string, serviceRules: ServiceRules, deny: Omit<Rule, 'chain' | 'index'>[], allow: Omit<Rule, 'chain' | 'index'>[], diagnostics: FirewallDiagnostic[]): void {
  const text = `rule ${Object.entries(el.attrs).map(([k, v]) => `${k}="${v}"`).join(' ')}`.trim();
  const matches: Match[] = [];
  const fam = el.attrs.family;
  if (fam === 'ipv4' || fam === 'ipv6') matches.push({ kind: 'family', family: fam === 'ipv4' ? 4 : 6, negated: false, text, location: loc });
  let action: Action | undefined;
  let service: string | undefined;
  let port: { port: string; protocol: string } | undefined;
  for (const c of el.children) {
    const cloc = elLoc(file, c);
    const ctext = elText(c);
    const invert = /^(true|yes)$/i.test(c.attrs.invert ?? '');
    if (c.name === 'source' || c.name === 'destination') {
      const kind = c.name === 'source' ? 'saddr' : 'daddr';
      const address = c.attrs.address;
      if (address !== undefined) {
        const nets = networks(address);
        if (typeof nets === 'string') diagnostics.push({ severity: 'error', code: 'firewalld-invalid-address', message: nets, location: cloc });
        else matches.push({ kind, networks: nets, negated: invert, text: ctext, location: cloc });
      } else matches.push({ kind: 'opaque', module: ctext, key: `firewalld:${ctext}`, negated: invert, text: ctext, location: cloc });
    } else if (c.name === 'service') service = c.attrs.name ?? '';
    else if (c.name === 'port') port = { port: c.attrs.port ?? '', protocol: c.attrs.protocol ?? '' };
    else if (c.name === 'protocol') {
      const v = c.attrs.value ?? '';
      const n = v === 'tcp' ? 6 : v === 'udp' ? 17 : v === 'icmp' ? 1 : v === 'ipv6-icmp' ? 58 : /^\d+$/.test(v) ? Number(v) : undefined;
      if (n !== undefined) matches.push({ kind: 'protocol', protocols: [n], negated: false, text: ctext, location: cloc });
      else matches.push({ kind: 'opaque', module: ctext, key: `firewalld:${ctext}`, negated: false, text: ctext, location: cloc });
    } else if (c.name === 'accept') action = { kind: 'accept' };
    else if (c.name === 'drop') action = { kind: 'drop' };
    else if (c.name === 'reject') action = { kind: 'reject', with: rejectType(c.attrs.type, fam) };
    // A `<limit>` inside the action limits how often it applies.
    if (c.name === 'accept' || c.name === 'drop' || c.name === 'reject') for (const g of c.children) if (g.name === 'limit') matches.push({ kind: 'rate', module: 'limit', fresh: true, negated: false, text: elText(g), location: elLoc(file, g) });
  }
  if (!action) return;
  const into = action.kind === 'accept' ? allow : deny;
  if (service !== undefined) serviceRules(service, text, loc, matches, action, into);
  else if (port) {
    const pm = portMatches(port.port, port.protocol, text, loc);
    if (typeof pm === 'string') diagnostics.push({ severity: 'error', code: 'firewalld-invalid-port', message: pm, location: loc });
    else into.push({ text, location: loc, matches: [...matches, ...pm, ...(action.kind === 'accept' ? [{ kind: 'ctstate', states: ['new', 'untracked'], negated: false, text, location: loc } satisfies Match] : [])], action });
  } else into.push({ text, location: loc, matches, action });
}

const REJECT_TYPES: Readonly<Record<string, RejectType>> = {
  'tcp-reset': 'tcp-reset',
  'icmp-host-prohibited': 'icmp-host-prohibited',
  'icmp-net-unreachable': 'icmp-net-unreachable',
  'icmp-host-unreachable': 'icmp-host-unreachable',
  'icmp-admin-prohibited': 'icmp-admin-prohibited',
  'icmp-net-prohibited': 'icmp-net-prohibited',
  'icmp-port-unreachable': 'icmp-port-unreachable',
  'icmp6-adm-prohibited': 'icmp6-adm-prohibited',
  'icmp6-no-route': 'icmp6-no-route',
  'icmp6-addr-unreachable': 'icmp6-addr-unreachable',
  'icmp6-port-unreachable': 'icmp6-port-unreachable',
};

/** `<reject type="…"/>` (iptables names); without a type, port-unreachable of the rule's family. */
function rejectType(type: string | undefined, family: string | undefined): RejectType {
  return (type !== undefined ? REJECT_TYPES[type] : undefined) ?? (family === 'ipv6' ? 'icmp6-port-unreachable' : 'icmp-port-unreachable');
}
