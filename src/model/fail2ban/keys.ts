import type { MergedConfig } from './config-set.js';
import type { ShippedData } from './shipped-types.js';

/**
 * Keys fail2ban reads from a jail (JailReader and FilterReader options, 1.0.x and 1.1.x), plus the
 * ones only used through `%(name)s` by the shipped jail.conf (`port`, `banaction`, `mode`...).
 */
const JAIL_KEYS = [
  'enabled', 'backend', 'filter', 'action', 'logpath', 'logencoding', 'logtimezone', 'maxretry', 'maxmatches',
  'findtime', 'bantime', 'bantime.increment', 'bantime.factor', 'bantime.formula', 'bantime.multipliers',
  'bantime.maxtime', 'bantime.rndtime', 'bantime.overalljails', 'ignorecommand', 'ignoreself', 'ignoreip',
  'ignorecache', 'usedns', 'prefregex', 'ignoreregex', 'failregex', 'maxlines', 'datepattern', 'journalmatch',
  'skip_if_nologs', 'systemd_if_nologs', 'port', 'protocol', 'chain', 'mode', 'banaction', 'banaction_allports',
];

const REF = /%\(([^)]+)\)s/g;

/** The keys a package's own files define (besides action.d and filter.d), computed once per package. */
const shippedKeys = new WeakMap<ShippedData, readonly string[]>();

function keysOfPackage(shipped: ShippedData): readonly string[] {
  let keys = shippedKeys.get(shipped);
  if (!keys) {
    const set = new Set<string>();
    for (const [name, file] of Object.entries(shipped.files)) {
      if (name.startsWith('action.d/') || name.startsWith('filter.d/')) continue;
      for (const [, , entries] of file) for (const [key] of entries) set.add(key);
    }
    keys = [...set];
    shippedKeys.set(shipped, keys);
  }
  return keys;
}

/** The names a value refers to with `%(name)s`, per value text (the stock values repeat on every host). */
const refsMemo = new Map<string, readonly string[]>();

function refsOf(value: string): readonly string[] {
  if (!value.includes('%(')) return [];
  let names = refsMemo.get(value);
  if (!names) {
    names = [...value.matchAll(REF)].map((m) => {
      const name = (m[1] ?? '').toLowerCase();
      return name.includes('/') ? name.slice(name.indexOf('/') + 1) : name;
    });
    if (refsMemo.size >= 20_000) refsMemo.clear();
    refsMemo.set(value, names);
  }
  return names;
}

/**
 * Every key that means something in this configuration: fail2ban's own, every key the package's files
 * define, and every name some value refers to with `%(name)s` (a user's own variables).
 */
export function knownKeys(cfg: MergedConfig, shipped: ShippedData): Set<string> {
  const known = new Set(JAIL_KEYS);
  for (const key of keysOfPackage(shipped)) known.add(key);
  for (const e of cfg.defaults.values()) for (const n of refsOf(e.value)) known.add(n);
  for (const s of cfg.sections.values()) for (const e of s.values()) for (const n of refsOf(e.value)) known.add(n);
  return known;
}

/** Edit distance, for "did you mean". */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0] ?? 0;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j] ?? 0;
      prev[j] = Math.min(up + 1, (prev[j - 1] ?? 0) + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length] ?? 0;
}

/** The closest key fail2ban reads, when one is close enough to be a typo. */
export function suggestKey(key: string): string | undefined {
  let best: string | undefined;
  let bestScore = Infinity;
  for (const k of JAIL_KEYS) {
    const d = editDistance(key, k);
    // A truncated key ("bantime.max") most likely means the longer one.
    const score = k.startsWith(key) ? 0.5 : d;
    if (score < bestScore) {
      best = k;
      bestScore = score;
    }
  }
  return best !== undefined && bestScore <= Math.max(1, Math.floor(key.length / 4)) ? best : undefined;
}
