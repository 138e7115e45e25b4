/**
 * The /etc/services names configs and listings use for ports, so `--dport ssh` and `dpt:ssh` resolve
 * without reading the machine's /etc/services. Values are from the IANA registry as Debian ships it.
 */
export const SERVICES: Readonly<Record<string, number>> = {
  ftp: 21, 'ftp-data': 20, ssh: 22, telnet: 23, smtp: 25, domain: 53, bootps: 67, bootpc: 68, tftp: 69, http: 80, www: 80,
  kerberos: 88, pop3: 110, sunrpc: 111, auth: 113, ntp: 123, 'netbios-ns': 137, 'netbios-dgm': 138, 'netbios-ssn': 139,
  imap: 143, imap2: 143, snmp: 161, 'snmp-trap': 162, bgp: 179, ldap: 389, https: 443, 'microsoft-ds': 445, isakmp: 500,
  syslog: 514, submission: 587, ipp: 631, ldaps: 636, rsync: 873, ftps: 990, imaps: 993, pop3s: 995, socks: 1080,
  openvpn: 1194, 'ms-sql-s': 1433, mysql: 3306, 'ms-wbt-server': 3389, postgresql: 5432, 'x11': 6000, 'http-alt': 8080,
  webcache: 8080, 'ipsec-nat-t': 4500, 'nfs': 2049, smtps: 465, urd: 465, 'sieve': 4190, 'ircd': 6667, 'git': 9418,
  'hkp': 11371, 'domain-s': 853, 'xmpp-client': 5222, 'xmpp-server': 5269, 'sip': 5060, 'zabbix-agent': 10050,
  'zabbix-trapper': 10051, 'redis': 6379, 'mongodb': 27017, 'munin': 4949, 'nrpe': 5666, 'kerberos-adm': 749, 'iscsi-target': 3260,
};

/** A port number or service name → number, or undefined when neither. */
export function resolvePort(text: string): number | undefined {
  if (/^\d+$/.test(text)) {
    const n = Number(text);
    return n <= 65535 ? n : undefined;
  }
  return SERVICES[text];
}
