/**
 * Options of the iptables match and target extensions sshlint knows, with their argument counts.
 * An option that takes an optional argument is not listed here (none of the ones below do, in the forms
 * iptables-save prints). Aliases map to the canonical long name.
 */
export interface ExtensionSpec {
  readonly options: Readonly<Record<string, number>>;
  readonly aliases?: Readonly<Record<string, string>>;
}

const ports = { sport: 1, dport: 1 };
const portAliases = { 'source-port': 'sport', 'destination-port': 'dport' };

export const MATCHES: Readonly<Record<string, ExtensionSpec>> = {
  tcp: { options: { ...ports, 'tcp-flags': 2, syn: 0, 'tcp-option': 1 }, aliases: portAliases },
  udp: { options: ports, aliases: portAliases },
  udplite: { options: ports, aliases: portAliases },
  sctp: { options: { ...ports, 'chunk-types': 2 }, aliases: portAliases },
  dccp: { options: { ...ports, 'dccp-types': 1, 'dccp-option': 1 }, aliases: portAliases },
  multiport: { options: { sports: 1, dports: 1, ports: 1 }, aliases: { 'source-ports': 'sports', 'destination-ports': 'dports' } },
  conntrack: {
    options: {
      ctstate: 1, ctstatus: 1, ctproto: 1, ctorigsrc: 1, ctorigdst: 1, ctreplsrc: 1, ctrepldst: 1,
      ctorigsrcport: 1, ctorigdstport: 1, ctreplsrcport: 1, ctrepldstport: 1, ctexpire: 1, ctdir: 1,
    },
  },
  state: { options: { state: 1 } },
  comment: { options: { comment: 1 } },
  set: { options: { 'match-set': 2, set: 2, 'return-nomatch': 0, 'update-counters': 0, 'update-subcounters': 0, 'no-update-counters': 0, 'no-update-subcounters': 0, 'packets-eq': 1, 'packets-lt': 1, 'packets-gt': 1, 'bytes-eq': 1, 'bytes-lt': 1, 'bytes-gt': 1 } },
  recent: { options: { set: 0, rcheck: 0, update: 0, remove: 0, seconds: 1, reap: 0, hitcount: 1, rttl: 0, name: 1, rsource: 0, rdest: 0, mask: 1 } },
  limit: { options: { limit: 1, 'limit-burst': 1 } },
  hashlimit: {
    options: {
      hashlimit: 1, 'hashlimit-upto': 1, 'hashlimit-above': 1, 'hashlimit-burst': 1, 'hashlimit-mode': 1, 'hashlimit-srcmask': 1,
      'hashlimit-dstmask': 1, 'hashlimit-name': 1, 'hashlimit-htable-size': 1, 'hashlimit-htable-max': 1, 'hashlimit-htable-expire': 1,
      'hashlimit-htable-gcinterval': 1, 'hashlimit-rate-match': 0, 'hashlimit-rate-interval': 1,
    },
  },
  connlimit: { options: { 'connlimit-upto': 1, 'connlimit-above': 1, 'connlimit-mask': 1, 'connlimit-saddr': 0, 'connlimit-daddr': 0 } },
  addrtype: { options: { 'src-type': 1, 'dst-type': 1, 'limit-iface-in': 0, 'limit-iface-out': 0 } },
  iprange: { options: { 'src-range': 1, 'dst-range': 1 } },
  owner: { options: { 'uid-owner': 1, 'gid-owner': 1, 'socket-exists': 0, 'suppl-groups': 0 } },
  mark: { options: { mark: 1 } },
  connmark: { options: { mark: 1 } },
  icmp: { options: { 'icmp-type': 1 } },
  icmp6: { options: { 'icmpv6-type': 1 } },
  mac: { options: { 'mac-source': 1 } },
  pkttype: { options: { 'pkt-type': 1 } },
  physdev: { options: { 'physdev-in': 1, 'physdev-out': 1, 'physdev-is-in': 0, 'physdev-is-out': 0, 'physdev-is-bridged': 0 } },
  statistic: { options: { mode: 1, probability: 1, every: 1, packet: 1 } },
  time: { options: { timestart: 1, timestop: 1, days: 1, weekdays: 1, monthdays: 1, datestart: 1, datestop: 1, kerneltz: 0, utc: 0, localtz: 0, contiguous: 0 } },
  string: { options: { algo: 1, from: 1, to: 1, string: 1, 'hex-string': 1, icase: 0 } },
  length: { options: { length: 1 } },
  ttl: { options: { 'ttl-eq': 1, 'ttl-gt': 1, 'ttl-lt': 1 } },
  hl: { options: { 'hl-eq': 1, 'hl-gt': 1, 'hl-lt': 1 } },
  tos: { options: { tos: 1 } },
  dscp: { options: { dscp: 1, 'dscp-class': 1 } },
  ecn: { options: { 'ecn-tcp-cwr': 0, 'ecn-tcp-ece': 0, 'ecn-ip-ect': 1 } },
  policy: { options: { dir: 1, pol: 1, strict: 0, reqid: 1, spi: 1, proto: 1, mode: 1, 'tunnel-src': 1, 'tunnel-dst': 1, next: 0 } },
  rpfilter: { options: { loose: 0, 'validmark': 0, 'accept-local': 0, invert: 0 } },
  u32: { options: { u32: 1 } },
  helper: { options: { helper: 1 } },
  devgroup: { options: { 'src-group': 1, 'dst-group': 1 } },
  socket: { options: { transparent: 0, nowildcard: 0, 'restore-skmark': 0 } },
  cgroup: { options: { path: 1, cgroup: 1 } },
  geoip: { options: { 'src-cc': 1, 'dst-cc': 1, 'source-country': 1, 'destination-country': 1 } },
  esp: { options: { espspi: 1 } },
  ah: { options: { ahspi: 1 } },
  frag: { options: { fragid: 1, fraglen: 1, fragres: 0, fragfirst: 0, fragmore: 0, fraglast: 0 } },
  ipv6header: { options: { header: 1, soft: 0 } },
  hbh: { options: { 'hbh-len': 1, 'hbh-opts': 1 } },
  rt: { options: { 'rt-type': 1, 'rt-segsleft': 1, 'rt-len': 1, 'rt-0-res': 0, 'rt-0-addrs': 1, 'rt-0-not-strict': 0 } },
  mh: { options: { 'mh-type': 1 } },
  bpf: { options: { bytecode: 1, 'object-pinned': 1 } },
  realm: { options: { realm: 1 } },
  quota: { options: { quota: 1 } },
  connbytes: { options: { connbytes: 1, 'connbytes-dir': 1, 'connbytes-mode': 1 } },
  nfacct: { options: { 'nfacct-name': 1 } },
  cpu: { options: { cpu: 1 } },
  osf: { options: { genre: 1, ttl: 1, log: 1 } },
  cluster: { options: { 'cluster-total-nodes': 1, 'cluster-local-node': 1, 'cluster-local-nodemask': 1, 'cluster-hash-seed': 1 } },
  ipvs: { options: { ipvs: 0, vproto: 1, vaddr: 1, vport: 1, vdir: 1, vmethod: 1, vportctl: 1 } },
  condition: { options: { condition: 1 } },
  'multiport-old': { options: {} },
  tcpmss: { options: { mss: 1 } },
  connlabel: { options: { label: 1, set: 0 } },
  'addrtype-old': { options: {} },
};

export const TARGETS: Readonly<Record<string, ExtensionSpec>> = {
  ACCEPT: { options: {} },
  DROP: { options: {} },
  RETURN: { options: {} },
  QUEUE: { options: {} },
  REJECT: { options: { 'reject-with': 1 } },
  LOG: { options: { 'log-level': 1, 'log-prefix': 1, 'log-tcp-sequence': 0, 'log-tcp-options': 0, 'log-ip-options': 0, 'log-uid': 0, 'log-macdecode': 0 } },
  ULOG: { options: { 'ulog-nlgroup': 1, 'ulog-prefix': 1, 'ulog-cprange': 1, 'ulog-qthreshold': 1 } },
  NFLOG: { options: { 'nflog-group': 1, 'nflog-prefix': 1, 'nflog-range': 1, 'nflog-size': 1, 'nflog-threshold': 1 } },
  DNAT: { options: { 'to-destination': 1, random: 0, persistent: 0 } },
  SNAT: { options: { 'to-source': 1, random: 0, 'random-fully': 0, persistent: 0 } },
  MASQUERADE: { options: { 'to-ports': 1, random: 0, 'random-fully': 0 } },
  REDIRECT: { options: { 'to-ports': 1, random: 0 } },
  NETMAP: { options: { to: 1 } },
  MARK: { options: { 'set-mark': 1, 'set-xmark': 1, 'and-mark': 1, 'or-mark': 1, 'xor-mark': 1 } },
  CONNMARK: { options: { 'set-mark': 1, 'set-xmark': 1, 'save-mark': 0, 'restore-mark': 0, nfmask: 1, ctmask: 1, mask: 1, 'and-mark': 1, 'or-mark': 1, 'xor-mark': 1 } },
  CT: { options: { notrack: 0, helper: 1, ctevents: 1, expevents: 1, zone: 1, 'zone-orig': 1, 'zone-reply': 1, timeout: 1 } },
  NOTRACK: { options: {} },
  TRACE: { options: {} },
  TCPMSS: { options: { 'set-mss': 1, 'clamp-mss-to-pmtu': 0 } },
  NFQUEUE: { options: { 'queue-num': 1, 'queue-balance': 1, 'queue-bypass': 0, 'queue-cpu-fanout': 0, 'fail-open': 0 } },
  CHECKSUM: { options: { 'checksum-fill': 0 } },
  TOS: { options: { 'set-tos': 1, 'and-tos': 1, 'or-tos': 1, 'xor-tos': 1 } },
  DSCP: { options: { 'set-dscp': 1, 'set-dscp-class': 1 } },
  TTL: { options: { 'ttl-set': 1, 'ttl-dec': 1, 'ttl-inc': 1 } },
  HL: { options: { 'hl-set': 1, 'hl-dec': 1, 'hl-inc': 1 } },
  CLASSIFY: { options: { 'set-class': 1 } },
  SET: { options: { 'add-set': 2, 'del-set': 2, 'map-set': 2, exist: 0, timeout: 1, 'map-mark': 0, 'map-prio': 0, 'map-queue': 0 } },
  AUDIT: { options: { type: 1 } },
  TEE: { options: { gateway: 1, oif: 1 } },
  CONNSECMARK: { options: { save: 0, restore: 0 } },
  SECMARK: { options: { selctx: 1 } },
  TPROXY: { options: { 'on-port': 1, 'on-ip': 1, 'tproxy-mark': 1 } },
  IDLETIMER: { options: { timeout: 1, label: 1, alarm: 0 } },
  LED: { options: { 'led-trigger-id': 1, 'led-delay': 1, 'led-always-blink': 0 } },
  SYNPROXY: { options: { mss: 1, wscale: 1, sack: 0, timestamp: 0, ecn: 0 } },
  ECN: { options: { 'ecn-tcp-remove': 0 } },
  MIRROR: { options: {} },
  CLUSTERIP: { options: { new: 0, hashmode: 1, clustermac: 1, 'total-nodes': 1, 'local-node': 1, 'hash-init': 1 } },
};

// Lookups by a word of the input go through Maps: a Map hashes the word once, where an object property
// lookup first interns the (freshly cut) string. Names Object.prototype provides ("constructor"...) still
// resolve as a lookup on the record does.
const INHERITED = new Set(Object.getOwnPropertyNames(Object.prototype));

/** `record[name]` as a function backed by a Map (same answers, including inherited names). */
export function recordLookup<T>(record: Readonly<Record<string, T>>): (name: string) => T | undefined {
  const map = new Map(Object.entries(record));
  return (name) => map.get(name) ?? (INHERITED.has(name) ? record[name] : undefined);
}

/** `MATCHES[name]`, faster for names read from input. */
export const matchSpec = recordLookup(MATCHES);
/** `TARGETS[name]`, faster for names read from input. */
export const targetSpec = recordLookup(TARGETS);
