import ipaddr from 'ipaddr.js';
import type { Family, Network } from './types.js';

/** Address arithmetic over bigints so IPv4 and IPv6 share one code path. */

const BITS: Record<Family, number> = { 4: 32, 6: 128 };

export function familyMax(family: Family): bigint {
  return (1n << BigInt(BITS[family])) - 1n;
}

function toBigInt(addr: ipaddr.IPv4 | ipaddr.IPv6): bigint {
  let n = 0n;
  for (const b of addr.toByteArray()) n = (n << 8n) | BigInt(b);
  return n;
}

const V4_ADDR = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

export function parseAddress(text: string): { family: Family; value: bigint } | undefined {
  const m = V4_ADDR.exec(text);
  if (m) {
    let n = 0;
    for (let i = 1; i <= 4; i++) {
      const o = Number(m[i]);
      if (o > 255) return undefined;
      n = n * 256 + o;
    }
    return { family: 4, value: BigInt(n) };
  }
  if (!ipaddr.isValid(text)) return undefined;
  const addr = ipaddr.parse(text);
  return { family: addr.kind() === 'ipv4' ? 4 : 6, value: toBigInt(addr) };
}

/** True for a dotted-quad IPv4 address (ipaddr.js also accepts "10" or "0x0a" forms that iptables would not). */
function strictAddress(text: string): boolean {
  return text.includes(':') ? ipaddr.IPv6.isValid(text) : ipaddr.IPv4.isValidFourPartDecimal(text);
}

/**
 * Parse `addr`, `addr/len`, `addr/dotted-mask` or `first-last` into a Network.
 * Returns a reason string when the text is not an address of `family`.
 */
const V4_CIDR = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?:\/(\d{1,2}))?$/;

/** The common case, `a.b.c.d[/len]`, without ipaddr.js: big dumps are mostly this. */
function fastV4(text: string): Network | string | undefined {
  const m = V4_CIDR.exec(text);
  if (!m) return undefined;
  let n = 0;
  for (let i = 1; i <= 4; i++) {
    const o = Number(m[i]);
    if (o > 255) return `invalid address "${text}"`;
    n = n * 256 + o;
  }
  const len = m[5] === undefined ? 32 : Number(m[5]);
  if (len > 32) return `invalid mask "${m[5] ?? ''}"`;
  const size = 2 ** (32 - len);
  const first = Math.floor(n / size) * size;
  const addrText = m[5] === undefined ? text : text.slice(0, text.indexOf('/'));
  const normalized = len === 32 ? addrText : first === n ? text : `${Math.floor(first / 16777216)}.${Math.floor(first / 65536) % 256}.${Math.floor(first / 256) % 256}.${first % 256}/${len}`;
  return { text: normalized, family: 4, first: BigInt(first), last: BigInt(first + size - 1) };
}

export function parseNetwork(text: string, family: Family): Network | string {
  if (family === 4) {
    const fast = fastV4(text);
    if (fast !== undefined) return fast;
  }
  const dash = text.indexOf('-');
  if (dash > 0 && !text.includes('/')) {
    const a = text.slice(0, dash);
    const b = text.slice(dash + 1);
    if (!strictAddress(a) || !strictAddress(b)) return `invalid address range "${text}"`;
    const pa = parseAddress(a);
    const pb = parseAddress(b);
    if (!pa || !pb || pa.family !== family || pb.family !== family) return `"${text}" is not an IPv${family} range`;
    return { text, family, first: pa.value, last: pb.value };
  }
  const slash = text.indexOf('/');
  const addrText = slash < 0 ? text : text.slice(0, slash);
  if (!strictAddress(addrText)) return `invalid address "${addrText}"`;
  const pa = parseAddress(addrText);
  if (!pa || pa.family !== family) return `"${addrText}" is not an IPv${family} address`;
  const bits = BITS[family];
  let len = bits;
  if (slash >= 0) {
    const maskText = text.slice(slash + 1);
    if (/^\d+$/.test(maskText)) {
      len = Number(maskText);
      if (len > bits) return `invalid mask "${maskText}"`;
    } else if (family === 4 && strictAddress(maskText)) {
      const mask = parseAddress(maskText)?.value ?? 0n;
      const ones = mask.toString(2).replace(/^0+/, '');
      if (mask !== 0n && (ones.length !== 32 || ones.includes('0'))) return `non-contiguous mask "${maskText}" is not supported`;
      len = mask === 0n ? 0 : ones.length;
    } else {
      return `invalid mask "${maskText}"`;
    }
  }
  const hostBits = BigInt(bits - len);
  const first = (pa.value >> hostBits) << hostBits;
  const last = first | ((1n << hostBits) - 1n);
  return { text: len === bits ? addrText : `${formatAddress(first, family)}/${len}`, family, first, last };
}

export function formatAddress(value: bigint, family: Family): string {
  const bytes: number[] = [];
  let v = value;
  for (let i = 0; i < BITS[family] / 8; i++) {
    bytes.unshift(Number(v & 0xffn));
    v >>= 8n;
  }
  return family === 4 ? ipaddr.fromByteArray(bytes).toString() : ipaddr.fromByteArray(bytes).toString();
}

/** A set of addresses as sorted, disjoint, non-adjacent inclusive intervals. */
export type AddressSet = readonly (readonly [bigint, bigint])[];

export function universe(family: Family): AddressSet {
  return [[0n, familyMax(family)]];
}

export function intersect(a: AddressSet, b: AddressSet): AddressSet {
  const out: [bigint, bigint][] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const [a0, a1] = a[i] as readonly [bigint, bigint];
    const [b0, b1] = b[j] as readonly [bigint, bigint];
    const lo = a0 > b0 ? a0 : b0;
    const hi = a1 < b1 ? a1 : b1;
    if (lo <= hi) out.push([lo, hi]);
    if (a1 < b1) i++;
    else j++;
  }
  return out;
}

export function union(a: AddressSet, b: AddressSet): AddressSet {
  const all = [...a, ...b].sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
  const out: [bigint, bigint][] = [];
  for (const [lo, hi] of all) {
    const last = out[out.length - 1];
    if (last && lo <= last[1] + 1n) {
      if (hi > last[1]) last[1] = hi;
    } else out.push([lo, hi]);
  }
  return out;
}

export function subtract(a: AddressSet, b: AddressSet, family: Family): AddressSet {
  return intersect(a, complement(b, family));
}

export function complement(a: AddressSet, family: Family): AddressSet {
  const out: [bigint, bigint][] = [];
  let next = 0n;
  for (const [lo, hi] of a) {
    if (lo > next) out.push([next, lo - 1n]);
    next = hi + 1n;
  }
  if (next <= familyMax(family)) out.push([next, familyMax(family)]);
  return out;
}

export function fromNetworks(networks: readonly Network[]): AddressSet {
  return union([], networks.map((n) => [n.first, n.last] as const));
}

export function isEmpty(a: AddressSet): boolean {
  return a.length === 0;
}

export function isUniverse(a: AddressSet, family: Family): boolean {
  return a.length === 1 && a[0]?.[0] === 0n && a[0][1] === familyMax(family);
}

/** Smallest list of CIDRs covering exactly the set (for messages and JSON). */
export function toCidrs(a: AddressSet, family: Family): string[] {
  const bits = BigInt(BITS[family]);
  const out: string[] = [];
  for (const [lo0, hi] of a) {
    let lo = lo0;
    while (lo <= hi) {
      let size = 0n;
      while (size < bits && (lo & ((1n << (size + 1n)) - 1n)) === 0n && lo + (1n << (size + 1n)) - 1n <= hi) size++;
      out.push(`${formatAddress(lo, family)}/${bits - size}`);
      lo += 1n << size;
      if (out.length > 64) return [...out, '…'];
    }
  }
  return out;
}
