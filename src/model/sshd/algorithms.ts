import { matchPatternList } from './patterns.js';
import type { AlgorithmSet } from './targets/types.js';

/** Names in a comma list up to the first empty element (sshd's strsep loops stop there). */
function names(list: string): string[] {
  const out: string[] = [];
  for (const n of list.split(',')) {
    if (n === '') break;
    out.push(n);
  }
  return out;
}

/**
 * Validate an algorithm spec the way sshd does before storing it: `-` lists are not checked; otherwise every name
 * after an optional `+`/`^` must be supported. `wildcards` allows pattern names that match a supported name
 * (key types accept them; ciphers, MACs and KEX do not). Returns the first bad name, or null when valid.
 */
export function invalidAlgorithm(spec: string, set: AlgorithmSet, wildcards: boolean, modifiers = true): string | null {
  if (modifiers && spec.startsWith('-')) return null;
  const body = modifiers && (spec.startsWith('+') || spec.startsWith('^')) ? spec.slice(1) : spec;
  if (body === '') return spec;
  for (const n of names(body)) {
    if (set.all.includes(n)) continue;
    if (wildcards && set.all.some((a) => matchPatternList(a, n) !== 0)) continue;
    return n;
  }
  return null;
}

/** Add names of `b` to `a` unless already present (kex_names_cat). */
function cat(a: readonly string[], b: readonly string[]): string[] {
  const out = [...a];
  for (const n of b) if (!out.includes(n)) out.push(n);
  return out;
}

/**
 * kex_assemble_names(): expand `+`, `-`, `^` and explicit lists against the build's defaults, then keep only
 * supported names (patterns expanded in the build's order). null when the result is empty (sshd exits).
 */
export function assembleAlgorithms(spec: string | undefined, set: AlgorithmSet): string[] | null {
  const defaults = set.defaults.filter((d) => set.all.includes(d));
  if (spec === undefined || spec === '') return [...defaults];
  let list: string[];
  if (spec.startsWith('+')) list = cat(defaults, names(spec.slice(1)));
  else if (spec.startsWith('-')) {
    const filter = spec.slice(1);
    return defaults.filter((d) => matchPatternList(d, filter) !== 1);
  } else if (spec.startsWith('^')) list = cat(names(spec.slice(1)), defaults);
  else list = spec.split(',');
  let out: string[] = [];
  for (const pattern of list) {
    if (pattern.startsWith('!')) return null;
    out = cat(out, set.all.filter((a) => matchPatternList(a, pattern) === 1));
  }
  return out.length === 0 ? null : out;
}
