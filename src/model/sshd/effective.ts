import ipaddr from 'ipaddr.js';
import { assembleAlgorithms } from './algorithms.js';
import type { ListValue, Options, Scalar } from './options.js';
import { newOptions } from './options.js';
import { ipv6Bytes } from './patterns.js';
import type { SshdTarget } from './targets/types.js';
import type { SshdDirective } from './types.js';

/**
 * Compiled-in defaults (fill_default_server_options) for every single-valued keyword `sshd -T` prints.
 * Target-dependent ones come from the target; the rest are the same in every release we model.
 */
export function defaultValue(canonical: string, t: SshdTarget): string | undefined {
  switch (canonical) {
    case 'usepam':
      return t.defaults.usePam;
    case 'kbdinteractiveauthentication':
      return t.defaults.kbdInteractiveAuthentication;
    case 'permitrootlogin':
      return t.multistate.permitRootLogin.find(([, v]) => v === 1)?.[0];
    case 'compression':
      return t.multistate.compression.find(([, v]) => v === 2)?.[0];
    case 'pidfile':
      return t.paths.pidFile;
    case 'modulifile':
      return t.paths.moduliFile;
    case 'xauthlocation':
      return t.paths.xauthLocation;
    case 'ipqos':
      return t.defaults.ipqos.join(' ');
    case 'sshdsessionpath':
      return t.paths.sshdSessionPath;
    case 'sshdauthpath':
      return t.paths.sshdAuthPath;
    case 'gssapikexalgorithms':
      return t.algorithms.gssKex?.defaults.join(',');
    default:
      return STATIC_DEFAULTS[canonical];
  }
}

const STATIC_DEFAULTS: Readonly<Record<string, string>> = {
  addressfamily: 'any',
  logingracetime: '120',
  x11displayoffset: '10',
  maxauthtries: '6',
  maxsessions: '10',
  clientaliveinterval: '0',
  clientalivecountmax: '3',
  requiredrsasize: '1024',
  streamlocalbindmask: '0177',
  unusedconnectiontimeout: '0',
  ignorerhosts: 'yes',
  ignoreuserknownhosts: 'no',
  hostbasedauthentication: 'no',
  hostbasedusesnamefrompacketonly: 'no',
  pubkeyauthentication: 'yes',
  kerberosauthentication: 'no',
  kerberosorlocalpasswd: 'yes',
  kerberosticketcleanup: 'yes',
  gssapiauthentication: 'no',
  gssapicleanupcredentials: 'yes',
  gssapikeyexchange: 'no',
  gssapistrictacceptorcheck: 'yes',
  gssapistorecredentialsonrekey: 'no',
  gssapidelegatecredentials: 'yes',
  passwordauthentication: 'yes',
  printmotd: 'yes',
  printlastlog: 'yes',
  x11forwarding: 'no',
  x11uselocalhost: 'yes',
  permittty: 'yes',
  permituserrc: 'yes',
  strictmodes: 'yes',
  tcpkeepalive: 'yes',
  permitemptypasswords: 'no',
  gatewayports: 'no',
  usedns: 'no',
  allowtcpforwarding: 'yes',
  allowagentforwarding: 'yes',
  disableforwarding: 'no',
  allowstreamlocalforwarding: 'yes',
  streamlocalbindunlink: 'no',
  fingerprinthash: 'SHA256',
  exposeauthinfo: 'no',
  banner: 'none',
  forcecommand: 'none',
  chrootdirectory: 'none',
  trustedusercakeys: 'none',
  revokedkeys: 'none',
  securitykeyprovider: 'internal',
  authorizedprincipalsfile: 'none',
  versionaddendum: 'none',
  authorizedkeyscommand: 'none',
  authorizedkeyscommanduser: 'none',
  authorizedprincipalscommand: 'none',
  authorizedprincipalscommanduser: 'none',
  hostkeyagent: 'none',
  loglevel: 'INFO',
  syslogfacility: 'AUTH',
  persourcemaxstartups: 'none',
  persourcenetblocksize: '32:128',
  permittunnel: 'no',
  pubkeyauthoptions: 'none',
  permituserenvironment: 'no',
  debianbanner: 'yes',
  pamservicename: 'sshd',
  refuseconnection: 'no',
  persourcepenaltyexemptlist: 'none',
  persourcepenalties:
    'crash:90 authfail:5 noauth:1 grace-exceeded:10 refuseconnection:10 max:600 min:15 max-sources4:65536 max-sources6:65536 overflow:permissive overflow6:permissive',
  rdomain: 'none',
};

/** Slots a matching Match block copies over the startup values (copy_set_server_options). */
const COPIED_SCALARS = new Set([
  'passwordauthentication', 'gssapiauthentication', 'pubkeyauthentication', 'pubkeyauthoptions', 'kerberosauthentication',
  'hostbasedauthentication', 'hostbasedusesnamefrompacketonly', 'kbdinteractiveauthentication', 'permitrootlogin',
  'permitemptypasswords', 'ignorerhosts', 'allowtcpforwarding', 'allowstreamlocalforwarding', 'allowagentforwarding',
  'disableforwarding', 'exposeauthinfo', 'permittunnel', 'gatewayports', 'streamlocalbindunlink', 'x11displayoffset',
  'x11forwarding', 'x11uselocalhost', 'permittty', 'permituserrc', 'maxsessions', 'maxauthtries', 'clientalivecountmax',
  'clientaliveinterval', 'ipqos', 'rekeylimit', 'rekeylimit.interval', 'loglevel', 'requiredrsasize',
  'unusedconnectiontimeout', 'streamlocalbindmask', 'banner', 'trustedusercakeys', 'revokedkeys', 'authorizedkeyscommand',
  'authorizedkeyscommanduser', 'authorizedprincipalsfile', 'authorizedprincipalscommand', 'authorizedprincipalscommanduser',
  'hostbasedacceptedalgorithms', 'pubkeyacceptedalgorithms', 'casignaturealgorithms', 'rdomain',
  'permituserenvironment.allowlist', 'forcecommand', 'chrootdirectory', 'refuseconnection',
]);
const COPIED_LISTS = new Set([
  'authorizedkeysfile', 'allowusers', 'denyusers', 'allowgroups', 'denygroups', 'acceptenv', 'setenv',
  'authenticationmethods', 'permitopen', 'permitlisten', 'channeltimeout', 'logverbose',
]);

/** The startup options with a connection pass's values copied over them. */
export function mergeConnection(global: Options, mo: Options, t: SshdTarget): Options {
  if (mo.applied.size === 0 && mo.scalars.size === 0 && mo.lists.size === 0) return global;
  const out = newOptions();
  for (const [k, v] of global.scalars) out.scalars.set(k, v);
  for (const [k, v] of global.lists) out.lists.set(k, v);
  out.listen.push(...global.listen);
  for (const [k, v] of global.applied) out.applied.set(k, [...v]);
  for (const [k, v] of mo.applied) out.applied.set(k, [...(out.applied.get(k) ?? []), ...v]);
  for (const [k, v] of mo.scalars) if (COPIED_SCALARS.has(k)) out.scalars.set(k, v);
  for (const [k, v] of mo.lists) if (COPIED_LISTS.has(k) && v.values.length > 0) out.lists.set(k, v);
  if (t.behaviour.subsystemInMatch) mergeSubsystems(out, mo);
  return out;
}

/** ≥ 9.5: a Match block's Subsystem replaces the global one of the same name, others are added. */
function mergeSubsystems(out: Options, mo: Options): void {
  const moNames = mo.lists.get('subsystem.names');
  const moDefs = mo.lists.get('subsystem');
  if (!moNames || !moDefs || moNames.values.length === 0) return;
  const names = [...(out.lists.get('subsystem.names')?.values ?? [])];
  const defs = [...(out.lists.get('subsystem')?.values ?? [])];
  const srcs = [...(out.lists.get('subsystem')?.srcs ?? [])];
  moNames.values.forEach((name, i) => {
    const def = moDefs.values[i] ?? '';
    const at = names.indexOf(name);
    if (at === -1) {
      names.push(name);
      defs.push(def);
    } else defs[at] = def;
  });
  srcs.push(...moDefs.srcs);
  out.lists.set('subsystem.names', { values: names, srcs: [] });
  out.lists.set('subsystem', { values: defs, srcs });
}

export interface Resolved {
  readonly values: string[];
  readonly sources: readonly SshdDirective[];
}

const NONE_CLEARS = new Set(['pidfile', 'xauthlocation', 'banner', 'trustedusercakeys', 'revokedkeys', 'securitykeyprovider', 'authorizedprincipalsfile', 'forcecommand', 'chrootdirectory', 'hostkeyagent']);

function scalar(o: Options, slot: string): Scalar | undefined {
  return o.scalars.get(slot);
}

function listOf(o: Options, slot: string): ListValue | undefined {
  const l = o.lists.get(slot);
  return l && l.values.length > 0 ? l : undefined;
}

/** The printed values of one canonical keyword and the directives that produced them. */
export function resolveSetting(canonical: string, o: Options, t: SshdTarget, listen: Resolved): Resolved {
  const one = (slot = canonical): Resolved => {
    const s = scalar(o, slot);
    const dflt = defaultValue(canonical, t) ?? '';
    if (!s) return { values: [dflt], sources: [] };
    let v = s.value;
    if (NONE_CLEARS.has(canonical) && v.toLowerCase() === 'none') v = 'none';
    return { values: [v], sources: [s.src] };
  };
  const many = (slot: string, dflt: readonly string[] = []): Resolved => {
    const l = listOf(o, slot);
    return l ? { values: [...l.values], sources: l.srcs } : { values: [...dflt], sources: [] };
  };
  const oneLine = (slot: string, dflt: string | null): Resolved => {
    const l = listOf(o, slot);
    if (l) return { values: [l.values.join(' ')], sources: l.srcs };
    return { values: dflt === null ? [] : [dflt], sources: [] };
  };
  const algos = (set: keyof SshdTarget['algorithms']): Resolved => {
    const s = scalar(o, canonical);
    const algs = t.algorithms[set];
    if (!algs) return { values: [], sources: [] };
    const list = assembleAlgorithms(s?.value, algs) ?? [];
    return { values: [list.join(',')], sources: s ? [s.src] : [] };
  };
  switch (canonical) {
    case 'port':
      return many('port', ['22']);
    case 'listenaddress':
      return listen;
    case 'unusedconnectiontimeout': {
      const r = one();
      return { values: r.values.map((v) => (v === '0' ? 'none' : v)), sources: r.sources };
    }
    case 'ciphers':
      return algos('ciphers');
    case 'macs':
      return algos('macs');
    case 'kexalgorithms':
      return algos('kex');
    case 'casignaturealgorithms':
      return algos('signatures');
    case 'hostbasedacceptedalgorithms':
    case 'hostkeyalgorithms':
    case 'pubkeyacceptedalgorithms':
      return algos('keys');
    case 'authorizedkeysfile':
      return oneLine('authorizedkeysfile', '.ssh/authorized_keys .ssh/authorized_keys2');
    case 'authenticationmethods': {
      const l = listOf(o, canonical);
      // "AuthenticationMethods any" at startup is cleared to the default; printed as "any" either way.
      return l ? { values: [l.values.join(' ')], sources: l.srcs } : { values: ['any'], sources: [] };
    }
    case 'logverbose':
    case 'channeltimeout':
      return oneLine(canonical, null);
    case 'hostkey':
      return many('hostkey', t.paths.defaultHostKeys);
    case 'hostcertificate':
    case 'allowusers':
    case 'denyusers':
    case 'allowgroups':
    case 'denygroups':
    case 'acceptenv':
    case 'setenv':
    case 'subsystem':
      return many(canonical);
    case 'permitopen':
    case 'permitlisten':
      return oneLine(canonical, 'any');
    case 'maxstartups': {
      const b = scalar(o, 'maxstartups.begin');
      const r = scalar(o, 'maxstartups.rate');
      const m = scalar(o, 'maxstartups.max');
      const srcs = [b?.src, r?.src, m?.src].filter((x): x is SshdDirective => x !== undefined);
      return { values: [`${b?.value ?? '10'}:${r?.value ?? '30'}:${m?.value ?? '100'}`], sources: [...new Set(srcs)] };
    }
    case 'rekeylimit': {
      const b = scalar(o, 'rekeylimit');
      const i = scalar(o, 'rekeylimit.interval');
      const srcs = [b?.src, i?.src].filter((x): x is SshdDirective => x !== undefined);
      return { values: [`${b?.value ?? '0'} ${i?.value ?? '0'}`], sources: [...new Set(srcs)] };
    }
    case 'persourcepenalties': {
      // Modelled coarsely: "no" switches penalties off; any other setting prints the defaults.
      const s = scalar(o, canonical);
      const off = s?.value.toLowerCase() === 'no';
      return { values: [off ? 'no' : (defaultValue(canonical, t) ?? '')], sources: s ? [s.src] : [] };
    }
    case 'permituserenvironment': {
      const allow = scalar(o, 'permituserenvironment.allowlist');
      if (allow) return { values: [allow.value], sources: [allow.src] };
      return one();
    }
    default:
      return one();
  }
}

/** Resolve the queued ListenAddress lines against the final Port list and AddressFamily (startup only). */
export function resolveListen(o: Options): { resolved: Resolved; errors: { src: SshdDirective; message: string }[] } {
  const ports = listOf(o, 'port')?.values.map(Number) ?? [22];
  const family = scalar(o, 'addressfamily')?.value ?? 'any';
  const errors: { src: SshdDirective; message: string }[] = [];
  const groups: { rdomain: string | null; lines: string[] }[] = [];
  const sources: SshdDirective[] = [];
  const add = (addr: string | null, rdomain: string | null, port: number, src: SshdDirective | null): void => {
    const r = gaiNumeric(addr, family);
    if ('error' in r) {
      if (src) errors.push({ src, message: `bad addr or host: ${addr ?? '<NULL>'} (${r.error})` });
      return;
    }
    let g = groups.find((x) => x.rdomain === rdomain);
    if (!g) {
      g = { rdomain, lines: [] };
      groups.push(g);
    }
    const suffix = rdomain === null ? '' : ` rdomain ${rdomain}`;
    for (const a of [...r.addrs].reverse()) g.lines.push(`${a.includes(':') ? `[${a}]` : a}:${port}${suffix}`);
    if (src && !sources.includes(src)) sources.push(src);
  };
  for (const q of o.listen) {
    if (q.port > 0) add(q.addr, q.rdomain, q.port, q.src);
    else for (const p of ports) add(q.addr, q.rdomain, p, q.src);
  }
  if (o.listen.length === 0) for (const p of ports) add(null, null, p, null);
  return { resolved: { values: groups.flatMap((g) => g.lines), sources }, errors };
}

/**
 * getaddrinfo(AI_NUMERICHOST-like) for ListenAddress: numeric addresses in canonical form, the wildcard for no
 * address. Host names cannot be resolved offline: they are kept as written (a documented deviation).
 */
function gaiNumeric(addr: string | null, family: string): { addrs: string[] } | { error: string } {
  const wrongFamily = { error: 'Address family for hostname not supported' };
  if (addr === null) {
    if (family === 'inet') return { addrs: ['0.0.0.0'] };
    if (family === 'inet6') return { addrs: ['::'] };
    return { addrs: ['0.0.0.0', '::'] };
  }
  if (addr.includes(':')) {
    const bytes = ipv6Bytes(addr.replace(/%.*$/, ''));
    if (!bytes) return { error: 'Name or service not known' };
    if (family === 'inet') return wrongFamily;
    return { addrs: [formatIPv6(bytes) + (addr.includes('%') ? addr.slice(addr.indexOf('%')) : '')] };
  }
  if (ipaddr.IPv4.isValid(addr)) {
    if (family === 'inet6') return wrongFamily;
    return { addrs: [ipaddr.IPv4.parse(addr).toString()] };
  }
  // Not resolvable offline: digits-and-dots that are no address, or characters no host name has, fail as in sshd.
  if (/^[0-9.]+$/.test(addr) || !/^[A-Za-z0-9._-]+$/.test(addr)) return { error: 'Name or service not known' };
  if (addr === 'localhost') return family === 'inet6' ? { addrs: ['::1'] } : { addrs: ['127.0.0.1'] };
  return { addrs: [addr] };
}

/**
 * inet_ntop() for IPv6 as glibc prints it: the longest run of zero words compressed, and an embedded IPv4 address
 * in dotted form for IPv4-mapped (::ffff:a.b.c.d) and IPv4-compatible (::a.b.c.d) addresses.
 */
export function formatIPv6(bytes: readonly number[]): string {
  const words: number[] = [];
  for (let i = 0; i < 16; i += 2) words.push(((bytes[i] ?? 0) << 8) | (bytes[i + 1] ?? 0));
  let bestBase = -1;
  let bestLen = 0;
  for (let i = 0; i < 8; ) {
    if (words[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && words[j] === 0) j++;
    if (j - i > bestLen) {
      bestBase = i;
      bestLen = j - i;
    }
    i = j;
  }
  if (bestLen < 2) bestBase = -1;
  const dotted = `${bytes[12] ?? 0}.${bytes[13] ?? 0}.${bytes[14] ?? 0}.${bytes[15] ?? 0}`;
  if (bestBase === 0 && (bestLen === 6 || (bestLen === 5 && words[5] === 0xffff))) {
    return bestLen === 6 ? `::${dotted}` : `::ffff:${dotted}`;
  }
  let out = '';
  for (let i = 0; i < 8; i++) {
    if (i === bestBase) {
      out += i === 0 ? '::' : ':';
      i += bestLen - 1;
      continue;
    }
    out += (words[i] ?? 0).toString(16);
    if (i < 7) out += ':';
  }
  return out;
}
