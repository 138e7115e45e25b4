/**
 * The `port` value of a jail. fail2ban itself never interprets it: it is pasted into the ban action,
 * where iptables resolves service names through /etc/services and reads `a:b` as a range. sshlint
 * resolves it the same way with a built-in table of the service names jails use (the TCP entries of
 * Debian's /etc/services, netbase 6.4).
 */

export const SERVICES: Readonly<Record<string, number>> = {
  'ftp-data': 20, ftp: 21, ssh: 22, telnet: 23, smtp: 25, domain: 53, http: 80, www: 80, pop3: 110, 'pop-3': 110,
  nntp: 119, imap2: 143, imap: 143, ldap: 389, https: 443, submissions: 465, ssmtp: 465, smtps: 465, submission: 587,
  ldaps: 636, 'domain-s': 853, rsync: 873, 'ftps-data': 989, ftps: 990, imaps: 993, pop3s: 995, socks: 1080,
  openvpn: 1194, mysql: 3306, sieve: 4190, sip: 5060, 'sip-tls': 5061, 'xmpp-client': 5222, 'xmpp-server': 5269,
  postgresql: 5432, 'http-alt': 8080, webmin: 10000,
};

export type PortItem =
  | { readonly kind: 'range'; readonly text: string; readonly from: number; readonly to: number }
  | { readonly kind: 'invalid'; readonly text: string; readonly reason: string };

export interface PortSpec {
  readonly items: readonly PortItem[];
  /** True when the ranges cover 1–65535 (e.g. `0:65535`). */
  readonly allPorts: boolean;
}

function portNumber(text: string): number | string {
  if (/^\d+$/.test(text)) {
    const n = Number(text);
    return n <= 65535 ? n : `${text} is above 65535`;
  }
  const s = SERVICES[text.toLowerCase()];
  return s ?? `"${text}" is not a known service name`;
}

/** Split a port value the way the shipped actions do (commas, and the spaces firewallcmd actions accept). */
export function parsePortSpec(value: string): PortSpec {
  const items: PortItem[] = [];
  for (const text of value.split(/[\s,]+/).filter(Boolean)) {
    const parts = text.split(':');
    if (parts.length > 2) {
      items.push({ kind: 'invalid', text, reason: 'a range has one ":"' });
      continue;
    }
    const a = portNumber(parts[0] ?? '');
    const b = parts.length === 2 ? portNumber(parts[1] ?? '') : a;
    if (typeof a === 'string' || typeof b === 'string') {
      items.push({ kind: 'invalid', text, reason: typeof a === 'string' ? a : String(b) });
      continue;
    }
    if (b < a) items.push({ kind: 'invalid', text, reason: 'the range ends before it starts' });
    else items.push({ kind: 'range', text, from: a, to: b });
  }
  return { items, allPorts: covers(items, 1, 65535) };
}

export function portCovered(spec: PortSpec, port: number): boolean {
  return spec.items.some((i) => i.kind === 'range' && i.from <= port && port <= i.to);
}

function covers(items: readonly PortItem[], from: number, to: number): boolean {
  const ranges = items.flatMap((i) => (i.kind === 'range' ? [[i.from, i.to] as const] : [])).sort((x, y) => x[0] - y[0]);
  let next = from;
  for (const [a, b] of ranges) {
    if (a > next) return false;
    next = Math.max(next, b + 1);
  }
  return next > to;
}
