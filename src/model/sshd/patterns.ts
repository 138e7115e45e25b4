import ipaddr from 'ipaddr.js';

/** sshd's match_pattern(): `*` and `?` wildcards, everything else literal, case-sensitive. Iterative, linear-ish. */
export function matchPattern(s: string, pattern: string): boolean {
  let si = 0;
  let pi = 0;
  let starP = -1;
  let starS = 0;
  while (si < s.length) {
    const pc = pattern[pi];
    if (pc === '*') {
      starP = pi++;
      starS = si;
    } else if (pc !== undefined && (pc === '?' || pc === s[si])) {
      pi++;
      si++;
    } else if (starP !== -1) {
      pi = starP + 1;
      si = ++starS;
    } else return false;
  }
  while (pattern[pi] === '*') pi++;
  return pi === pattern.length;
}

type CompiledList = readonly { readonly negated: boolean; readonly pattern: string }[];

/** Split pattern lists are reused: Match lines are evaluated again for every connection and context. */
const COMPILED = new Map<string, CompiledList>();
const COMPILED_LOWER = new Map<string, CompiledList>();
const COMPILED_MAX = 50_000;

function compile(list: string, dolower: boolean): CompiledList {
  const cache = dolower ? COMPILED_LOWER : COMPILED;
  let c = cache.get(list);
  if (!c) {
    c = list.split(',').flatMap((raw) => {
      const negated = raw.startsWith('!');
      const sub = negated ? raw.slice(1) : raw;
      // sshd gives up on a sub-pattern of 1023 characters or more.
      if (sub.length >= 1023) return [];
      return [{ negated, pattern: dolower ? sub.replace(/[A-Z]/g, (x) => x.toLowerCase()) : sub }];
    });
    if (cache.size >= COMPILED_MAX) cache.clear();
    cache.set(list, c);
  }
  return c;
}

/** match_pattern_list(): 1 positive, -1 negated match, 0 none. `dolower` lowercases the patterns (hostnames). */
export function matchPatternList(s: string, list: string, dolower = false): 1 | 0 | -1 {
  let positive = false;
  for (const { negated, pattern } of compile(list, dolower)) {
    if (matchPattern(s, pattern)) {
      if (negated) return -1;
      positive = true;
    }
  }
  return positive ? 1 : 0;
}

export type ParsedAddr = { readonly kind: 'ipv4' | 'ipv6'; readonly bytes: readonly number[] };

/** addr_pton(): a numeric IPv4 (inet_aton forms) or IPv6 address; null otherwise. */
export function parseAddr(s: string): ParsedAddr | null {
  const v6 = s.includes(':');
  const text = v6 ? s.replace(/%.*$/, '') : s;
  try {
    if (v6) {
      const bytes = ipv6Bytes(text);
      return bytes ? { kind: 'ipv6', bytes } : null;
    }
    if (!ipaddr.IPv4.isValid(text)) return null;
    return { kind: 'ipv4', bytes: ipaddr.IPv4.parse(text).toByteArray() };
  } catch {
    return null;
  }
}

/**
 * The 16 bytes of a textual IPv6 address, or null. A trailing dotted IPv4 part is converted to two hex words first:
 * ipaddr.js would read "::10.0.0.1" as the IPv4-mapped ::ffff:10.0.0.1.
 */
export function ipv6Bytes(text: string): number[] | null {
  const m = /^(.*:)(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text);
  let t = text;
  if (m) {
    const b = [m[2], m[3], m[4], m[5]].map(Number);
    if (b.some((x) => x > 255)) return null;
    const [b0 = 0, b1 = 0, b2 = 0, b3 = 0] = b;
    t = `${m[1] ?? ''}${((b0 << 8) | b1).toString(16)}:${((b2 << 8) | b3).toString(16)}`;
  }
  try {
    return ipaddr.IPv6.isValid(t) ? ipaddr.IPv6.parse(t).toByteArray() : null;
  } catch {
    return null;
  }
}

/** addr_pton_cidr(): 0 ok, -1 not an address (try it as a wildcard), -2 inconsistent mask. */
export function parseCidr(s: string): { r: 0; addr: ParsedAddr; bits: number } | { r: -1 | -2 } {
  if (s.length >= 64) return { r: -1 };
  const slash = s.indexOf('/');
  let bits = -1;
  let addrText = s;
  if (slash !== -1) {
    addrText = s.slice(0, slash);
    const m = s.slice(slash + 1);
    if (!/^\d+$/.test(m)) return { r: -1 };
    bits = Number(m);
    if (bits > 128) return { r: -1 };
  }
  const addr = parseAddr(addrText);
  if (!addr) return { r: -1 };
  const max = addr.kind === 'ipv4' ? 32 : 128;
  if (bits === -1) bits = max;
  if (bits > max) return { r: -2 };
  if (!hostBitsZero(addr.bytes, bits)) return { r: -2 };
  return { r: 0, addr, bits };
}

function hostBitsZero(bytes: readonly number[], bits: number): boolean {
  for (let i = 0; i < bytes.length; i++) {
    const keep = Math.max(0, Math.min(8, bits - i * 8));
    const mask = keep === 8 ? 0 : 0xff >> keep;
    if (((bytes[i] ?? 0) & mask) !== 0) return false;
  }
  return true;
}

function netMatch(a: ParsedAddr, net: ParsedAddr, bits: number): boolean {
  if (a.kind !== net.kind) return false;
  for (let i = 0; i < a.bytes.length; i++) {
    const keep = Math.max(0, Math.min(8, bits - i * 8));
    if (keep === 0) return true;
    const mask = (0xff << (8 - keep)) & 0xff;
    if (((a.bytes[i] ?? 0) & mask) !== ((net.bytes[i] ?? 0) & mask)) return false;
  }
  return true;
}

type CompiledAddrList = readonly { readonly neg: boolean; readonly cp: string; readonly cidr: ReturnType<typeof parseCidr> }[];

/** Address lists parsed once: a Match Address line is checked again for every connection and context. */
const COMPILED_ADDR = new Map<string, CompiledAddrList>();
const PARSED_ADDR = new Map<string, ParsedAddr | null>();

function compileAddrList(list: string): CompiledAddrList {
  let c = COMPILED_ADDR.get(list);
  if (!c) {
    c = list.split(',').map((raw) => {
      const neg = raw.startsWith('!');
      const cp = neg ? raw.slice(1) : raw;
      return { neg, cp, cidr: cp === '' ? { r: -1 as const } : parseCidr(cp) };
    });
    if (COMPILED_ADDR.size >= COMPILED_MAX) COMPILED_ADDR.clear();
    COMPILED_ADDR.set(list, c);
  }
  return c;
}

function parseAddrCached(addr: string): ParsedAddr | null {
  let a = PARSED_ADDR.get(addr);
  if (a === undefined) {
    a = parseAddr(addr);
    if (PARSED_ADDR.size >= COMPILED_MAX) PARSED_ADDR.clear();
    PARSED_ADDR.set(addr, a);
  }
  return a;
}

/**
 * addr_match_list(): 1 match, 0 no match, -1 negated match, -2 invalid list entry.
 * With `addr` null it only validates the list (0 or -2).
 */
export function addrMatchList(addr: string | null, list: string): 1 | 0 | -1 | -2 {
  let tryAddr: ParsedAddr | null = null;
  if (addr !== null) {
    tryAddr = parseAddrCached(addr);
    if (!tryAddr) return 0;
  }
  let ret: 1 | 0 | -1 | -2 = 0;
  for (const { neg, cp, cidr: c } of compileAddrList(list)) {
    if (cp === '') return -2;
    if (c.r === -2) return -2;
    const found = c.r === 0 ? tryAddr !== null && netMatch(tryAddr, c.addr, c.bits) : addr !== null && matchPattern(addr, cp);
    if (found) {
      if (neg) return -1;
      ret = 1;
    }
  }
  return ret;
}
