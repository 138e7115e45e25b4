/**
 * firewalld's built-in service definitions (the ports each one opens), for the services configs name most.
 * Compact form of what firewalld ships in /usr/lib/firewalld/services; an XML file of the same name in
 * /etc/firewalld/services overrides it. `tcp`/`udp` lists hold ports or "from-to" ranges.
 */
export interface ServiceDef {
  readonly tcp?: readonly string[];
  readonly udp?: readonly string[];
}

export const BUILTIN_SERVICES: Readonly<Record<string, ServiceDef>> = {
  ssh: { tcp: ['22'] },
  http: { tcp: ['80'] },
  https: { tcp: ['443'] },
  http3: { udp: ['443'] },
  'dhcpv6-client': { udp: ['546'] },
  dhcp: { udp: ['67'] },
  dhcpv6: { udp: ['547'] },
  cockpit: { tcp: ['9090'] },
  mdns: { udp: ['5353'] },
  'samba-client': { udp: ['137', '138'] },
  samba: { tcp: ['139', '445'], udp: ['137', '138'] },
  dns: { tcp: ['53'], udp: ['53'] },
  'dns-over-tls': { tcp: ['853'] },
  ftp: { tcp: ['21'] },
  smtp: { tcp: ['25'] },
  smtps: { tcp: ['465'] },
  'smtp-submission': { tcp: ['587'] },
  imap: { tcp: ['143'] },
  imaps: { tcp: ['993'] },
  pop3: { tcp: ['110'] },
  pop3s: { tcp: ['995'] },
  ntp: { udp: ['123'] },
  mysql: { tcp: ['3306'] },
  postgresql: { tcp: ['5432'] },
  redis: { tcp: ['6379'] },
  mongodb: { tcp: ['27017'] },
  nfs: { tcp: ['2049'] },
  rpcbind: { tcp: ['111'], udp: ['111'] },
  ldap: { tcp: ['389'] },
  ldaps: { tcp: ['636'] },
  kerberos: { tcp: ['88'], udp: ['88'] },
  'ms-wbt': { tcp: ['3389'] },
  vnc: { tcp: ['5900-5903'] },
  openvpn: { udp: ['1194'] },
  wireguard: { udp: ['51820'] },
  ipsec: { udp: ['500', '4500'] },
  'prometheus-node-exporter': { tcp: ['9100'] },
  prometheus: { tcp: ['9090'] },
  grafana: { tcp: ['3000'] },
  snmp: { udp: ['161'] },
  syslog: { udp: ['514'] },
  git: { tcp: ['9418'] },
  'kube-apiserver': { tcp: ['6443'] },
  'docker-registry': { tcp: ['5000'] },
  'docker-swarm': { tcp: ['2377', '7946'], udp: ['4789', '7946'] },
  'jenkins': { tcp: ['8080'] },
  'http-alt': { tcp: ['8080'] },
  'zabbix-agent': { tcp: ['10050'] },
  'zabbix-server': { tcp: ['10051'] },
  mosh: { udp: ['60000-61000'] },
};

/** firewalld's built-in zones: target and services (Debian's firewalld; RHEL adds cockpit to public). */
export interface ZoneDef {
  readonly target: 'default' | 'ACCEPT' | 'DROP' | '%%REJECT%%';
  readonly services: readonly string[];
}

export function builtinZones(rhel: boolean): Readonly<Record<string, ZoneDef>> {
  return {
    drop: { target: 'DROP', services: [] },
    block: { target: '%%REJECT%%', services: [] },
    public: { target: 'default', services: rhel ? ['ssh', 'dhcpv6-client', 'cockpit'] : ['ssh', 'dhcpv6-client'] },
    external: { target: 'default', services: ['ssh'] },
    dmz: { target: 'default', services: ['ssh'] },
    work: { target: 'default', services: rhel ? ['ssh', 'dhcpv6-client', 'cockpit'] : ['ssh', 'dhcpv6-client'] },
    home: { target: 'default', services: rhel ? ['ssh', 'mdns', 'samba-client', 'dhcpv6-client', 'cockpit'] : ['ssh', 'mdns', 'samba-client', 'dhcpv6-client'] },
    internal: { target: 'default', services: rhel ? ['ssh', 'mdns', 'samba-client', 'dhcpv6-client', 'cockpit'] : ['ssh', 'mdns', 'samba-client', 'dhcpv6-client'] },
    trusted: { target: 'ACCEPT', services: [] },
  };
}
