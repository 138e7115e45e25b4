/** sshd's value parsers, reproduced for their accept/reject behaviour and their normalised output. */

export type NumError = 'invalid' | 'too small' | 'too large';

const INT_MAX = 2147483647;
const C_SPACE = /^[ \t\n\v\f\r]*/;

/** OpenBSD strtonum(): base-10, leading C whitespace and a sign allowed, nothing may follow. */
export function strtonum(s: string, min: number, max: number): { ok: true; value: number } | { ok: false; error: NumError } {
  const t = s.replace(C_SPACE, '');
  if (!/^[+-]?\d+$/.test(t)) return { ok: false, error: 'invalid' };
  const n = Number(t);
  if (n < min) return { ok: false, error: 'too small' };
  if (n > max) return { ok: false, error: 'too large' };
  return { ok: true, value: n };
}

/** atoi_err(): a non-negative int, or sshd's reason ("missing", "invalid", "too small", "too large"). */
export function parseIntArg(s: string | undefined): { ok: true; value: number } | { ok: false; error: string } {
  if (s === undefined || s === '') return { ok: false, error: 'missing' };
  return strtonum(s, 0, INT_MAX);
}

const TIME_UNITS: Readonly<Record<string, number>> = { s: 1, m: 60, h: 3600, d: 86400, w: 604800 };

/** convtime(): "1h30m" → 5400, "90" → 90; -1 when invalid. */
export function convtime(s: string | undefined): number {
  if (s === undefined || s === '') return -1;
  let total = 0;
  let i = 0;
  while (i < s.length) {
    const m = /^[ \t\n\v\f\r]*([+-]?)(\d+)/.exec(s.slice(i));
    if (!m) return -1;
    if (m[1] === '-' && Number(m[2]) !== 0) return -1;
    const secs = Number(m[2]);
    if (secs > INT_MAX) return -1;
    i += m[0].length;
    const unit = s[i];
    let mult = 1;
    if (unit !== undefined) {
      const u = TIME_UNITS[unit.toLowerCase()];
      if (u === undefined) return -1;
      mult = u;
      i++;
    }
    if (secs > Math.floor(INT_MAX / mult)) return -1;
    if (total > INT_MAX - secs * mult) return -1;
    total += secs * mult;
  }
  return total;
}

/** a2port(): a number 0..65535 or a TCP service name; -1 when neither. */
export function a2port(s: string, services: ReadonlyMap<string, number>): number {
  const n = strtonum(s, 0, 65535);
  if (n.ok) return n.value;
  return services.get(s) ?? -1;
}

/** Parse /etc/services text into name/alias → TCP port. */
export function parseServices(text: string): Map<string, number> {
  const map = new Map<string, number>();
  for (const line of text.split('\n')) {
    const body = line.split('#')[0] ?? '';
    const parts = body.trim().split(/\s+/);
    const [name, portProto, ...aliases] = parts;
    if (!name || !portProto) continue;
    const m = /^(\d+)\/tcp$/.exec(portProto);
    if (!m) continue;
    const port = Number(m[1]);
    for (const n of [name, ...aliases]) if (!map.has(n)) map.set(n, port);
  }
  return map;
}

/** The TCP services a Debian host's /etc/services names most often; used when the host has no /etc/services. */
export const DEFAULT_SERVICES: ReadonlyMap<string, number> = new Map([
  ['ssh', 22],
  ['telnet', 23],
  ['smtp', 25],
  ['domain', 53],
  ['http', 80],
  ['www', 80],
  ['https', 443],
  ['imaps', 993],
  ['pop3s', 995],
]);

export const IPQOS: readonly (readonly [string, number])[] = [
  ['none', INT_MAX],
  ['af11', 0x28], ['af12', 0x30], ['af13', 0x38],
  ['af21', 0x48], ['af22', 0x50], ['af23', 0x58],
  ['af31', 0x68], ['af32', 0x70], ['af33', 0x78],
  ['af41', 0x88], ['af42', 0x90], ['af43', 0x98],
  ['cs0', 0x00], ['cs1', 0x20], ['cs2', 0x40], ['cs3', 0x60], ['cs4', 0x80], ['cs5', 0xa0], ['cs6', 0xc0], ['cs7', 0xe0],
  // LE is RFC 8622's DSCP 1, TOS byte 0x04 (the libc value; sshd prints TOS 0x01 as 0x01, 0x04 as le).
  ['ef', 0xb8], ['le', 0x04], ['lowdelay', 0x10], ['throughput', 0x08], ['reliability', 0x04],
];

/** parse_ipqos(): a DSCP/TOS name or an integer 0..255 (C base prefixes); -1 when invalid. */
export function parseIpqos(s: string | undefined): number {
  if (s === undefined) return -1;
  const lower = s.toLowerCase();
  for (const [name, value] of IPQOS) if (name === lower) return value;
  const v = parseCLong(s);
  if (v === null || v < 0 || v > 255) return -1;
  return v;
}

/** iptos2str(): the first name of a value, else 0x%02x. */
export function iptosName(v: number): string {
  for (const [name, value] of IPQOS) if (value === v) return name;
  return `0x${v.toString(16).padStart(2, '0')}`;
}

/** strtol(s, &end, 0) that must consume the whole string. */
function parseCLong(s: string): number | null {
  if (s === '') return null;
  const m = /^[ \t\n\v\f\r]*([+-]?)(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9]\d*)$/.exec(s);
  if (!m) return null;
  const body = m[2] ?? '';
  let v: number;
  if (/^0[xX]/.test(body)) v = parseInt(body.slice(2), 16);
  else if (body.startsWith('0')) v = body.length === 1 ? 0 : parseInt(body.slice(1), 8);
  else v = parseInt(body, 10);
  return m[1] === '-' ? -v : v;
}

export const LOG_LEVELS = ['QUIET', 'FATAL', 'ERROR', 'INFO', 'VERBOSE', 'DEBUG', 'DEBUG1', 'DEBUG2', 'DEBUG3'] as const;
/** DEBUG and DEBUG1 are the same level, printed as DEBUG; QUIET prints as SILENT (checked with sshd -T 9.2). */
export function logLevelName(s: string | undefined): string | null {
  if (s === undefined) return null;
  const up = s.toUpperCase();
  if (!(LOG_LEVELS as readonly string[]).includes(up)) return null;
  if (up === 'QUIET') return 'SILENT';
  return up === 'DEBUG1' ? 'DEBUG' : up;
}

export const LOG_FACILITIES = ['DAEMON', 'USER', 'AUTH', 'AUTHPRIV', 'LOCAL0', 'LOCAL1', 'LOCAL2', 'LOCAL3', 'LOCAL4', 'LOCAL5', 'LOCAL6', 'LOCAL7'] as const;
export function logFacilityName(s: string | undefined): string | null {
  if (s === undefined) return null;
  const up = s.toUpperCase();
  return (LOG_FACILITIES as readonly string[]).includes(up) ? up : null;
}

export const DIGESTS = ['MD5', 'SHA1', 'SHA256', 'SHA384', 'SHA512'] as const;
export function digestName(s: string | undefined): string | null {
  if (s === undefined) return null;
  const up = s.toUpperCase();
  return (DIGESTS as readonly string[]).includes(up) ? up : null;
}

const SCALE: Readonly<Record<string, number>> = { b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4, p: 1024 ** 5, e: 1024 ** 6 };

/** scan_scaled(): "1G" → 1073741824; "1.5K" → 1536. null when invalid. */
const INT64_MAX = 2n ** 63n - 1n;

/**
 * What sscanf("%d") stores for a run of digits: the number read as a long (saturating at its limits), then cut
 * to a 32-bit int, so 4294967296 becomes 0 and 99999999999 becomes 1215752191.
 */
export function scanfInt(digits: string): number {
  let v = BigInt(digits);
  if (v > INT64_MAX) v = INT64_MAX;
  else if (v < -INT64_MAX - 1n) v = -INT64_MAX - 1n;
  return Number(BigInt.asIntN(32, v));
}

export function scanScaled(s: string): bigint | null {
  const m = /^[ \t\n\v\f\r]*([+-]?)(\d+)(?:\.(\d*))?([bBkKmMgGtTpPeE])?$/.exec(s);
  if (!m) return null;
  const unit = SCALE[(m[4] ?? 'b').toLowerCase()] ?? 1;
  const whole = BigInt(m[2] ?? '0') * BigInt(unit);
  let frac = 0n;
  const f = m[3] ?? '';
  if (f !== '' && unit > 1) frac = (BigInt(f) * BigInt(unit)) / 10n ** BigInt(f.length);
  const v = whole + frac;
  return m[1] === '-' ? -v : v;
}

/** Escape a string the way sshd's logging does (strnvis): bytes outside printable ASCII as \ooo octal. */
export function visEscape(s: string): string {
  let out = '';
  for (const byte of Buffer.from(s, 'utf8')) {
    if (byte >= 0x20 && byte < 0x7f) out += String.fromCharCode(byte);
    else if (byte === 0x09) out += '\\t';
    else out += `\\${byte.toString(8).padStart(3, '0')}`;
  }
  return out;
}
