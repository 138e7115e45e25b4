import type { IniEntry } from '../../parsers/fail2ban/ini.js';
import type { MergedConfig } from './config-set.js';

/**
 * `%(name)s` interpolation as fail2ban configures Python's ConfigParser (`BasicInterpolationWithName`):
 * names are looked up in the section, then `[DEFAULT]`; `%(__name__)s` is the section being read;
 * `%(sec/opt)s` reads another section's raw value, `%(default/opt)s` DEFAULT's and `%(known/opt)s`
 * the value a later file replaced. Looked-up values are interpolated again in the *reading* section,
 * ten levels deep at most. A reference that cannot be resolved is an error that makes fail2ban refuse
 * the configuration.
 */

export type InterpolationError =
  | { readonly kind: 'missing'; readonly option: string; readonly section: string; readonly name: string; readonly entry: IniEntry | null }
  | { readonly kind: 'syntax'; readonly option: string; readonly section: string; readonly text: string; readonly entry: IniEntry | null }
  | { readonly kind: 'depth'; readonly option: string; readonly section: string; readonly entry: IniEntry | null };

export type Interpolated =
  | { readonly ok: true; readonly value: string; readonly entry: IniEntry }
  | { readonly ok: false; readonly error: InterpolationError; readonly entry: IniEntry };

const MAX_DEPTH = 10;
const KEY_RE = /^%\(([^)]+)\)s/;
const SECTION_OPT_RE = /%\(([\w-]+\/([^)]+))\)s/g;

interface Found {
  readonly value: string;
  readonly entry: IniEntry | null;
}

type Overlay = Map<string, Found>;

export function describeInterpolationError(e: InterpolationError): string {
  switch (e.kind) {
    case 'missing':
      return `"${e.option}" in [${e.section}] refers to %(${e.name})s, which is not defined in [${e.section}] or [DEFAULT]`;
    case 'syntax':
      return `"${e.option}" in [${e.section}] has a "%" that is neither "%%" nor "%(name)s": ${e.text}`;
    case 'depth':
      return `"${e.option}" in [${e.section}] refers to itself through %(...)s (more than ${MAX_DEPTH} levels of interpolation)`;
  }
}

/** The raw entry a section sees for a key (own value first, then DEFAULT). */
export function rawLookup(cfg: MergedConfig, section: string, key: string): IniEntry | undefined {
  return cfg.sections.get(section)?.get(key) ?? cfg.defaults.get(key);
}

/** `ConfigParser.get(section, option)`; undefined when the option is set nowhere (NoOptionError). */
export function getInterpolated(cfg: MergedConfig, section: string, option: string, extra?: ReadonlyMap<string, string>): Interpolated | undefined {
  const entry = rawLookup(cfg, section, option);
  if (!entry) return undefined;
  // Most values hold no `%` at all: nothing to look up.
  if (!entry.value.includes('%')) return { ok: true, value: entry.value, entry };
  const overlay: Overlay = new Map();
  if (extra) for (const [k, v] of extra) overlay.set(k, { value: v, entry: null });
  // The same at every level: the section being read.
  overlay.set('__name__', { value: section, entry: null });
  const accum: string[] = [];
  const err = interpolateSome(cfg, option, accum, entry.value, entry, section, overlay, 1);
  return err ? { ok: false, error: err, entry } : { ok: true, value: accum.join(''), entry };
}

function lookup(cfg: MergedConfig, section: string, overlay: Overlay, name: string): Found | undefined {
  const o = overlay.get(name);
  if (o) return o;
  const e = cfg.sections.get(section)?.get(name) ?? cfg.defaults.get(name);
  return e ? { value: e.value, entry: e } : undefined;
}

/**
 * fail2ban's `_map_section_options`: make `%(sec/opt)s` names resolvable for this piece of text (and the
 * values it pulls in), not for the texts beside it: the names go into a copy of the overlay, made only
 * when there is something to add.
 */
function mapSectionOptions(cfg: MergedConfig, section: string, rest: string, parent: Overlay): Overlay {
  if (!rest.includes('/') || !rest.includes('%(')) return parent;
  let overlay = parent;
  for (const m of rest.matchAll(SECTION_OPT_RE)) {
    const sopt = m[1] ?? '';
    const opt = m[2] ?? '';
    if (lookup(cfg, section, overlay, sopt)) continue;
    const sec = sopt.slice(0, sopt.length - opt.length - 1);
    const secLower = sec.toLowerCase();
    let found: IniEntry | undefined;
    let useDefault = false;
    if (secLower === 'default') useDefault = true;
    else if (secLower === 'known') {
      found = cfg.sections.get(`KNOWN/${section}`)?.get(opt);
      if (!found) useDefault = true;
    } else {
      const s = cfg.sections.get(sec);
      if (!s) continue;
      found = s.get(opt);
      if (!found) useDefault = true;
    }
    if (useDefault) found = cfg.defaults.get(opt);
    if (!found) continue;
    if (overlay === parent) overlay = new Map(parent);
    overlay.set(sopt, { value: found.value, entry: found });
  }
  return overlay;
}

function interpolateSome(
  cfg: MergedConfig,
  option: string,
  accum: string[],
  text: string,
  textEntry: IniEntry | null,
  section: string,
  parentOverlay: Overlay,
  depth: number,
): InterpolationError | null {
  const overlay = mapSectionOptions(cfg, section, text, parentOverlay);
  if (depth > MAX_DEPTH) return { kind: 'depth', option, section, entry: textEntry };
  let rest = text;
  while (rest) {
    const p = rest.indexOf('%');
    if (p < 0) {
      accum.push(rest);
      return null;
    }
    if (p > 0) {
      accum.push(rest.slice(0, p));
      rest = rest.slice(p);
    }
    const c = rest.slice(1, 2);
    if (c === '%') {
      accum.push('%');
      rest = rest.slice(2);
    } else if (c === '(') {
      const m = KEY_RE.exec(rest);
      if (!m) return { kind: 'syntax', option, section, text: rest, entry: textEntry };
      const name = (m[1] ?? '').toLowerCase();
      rest = rest.slice(m[0].length);
      const v = lookup(cfg, section, overlay, name);
      if (!v) return { kind: 'missing', option, section, name, entry: textEntry };
      if (v.value.includes('%')) {
        const err = interpolateSome(cfg, option, accum, v.value, v.entry ?? textEntry, section, overlay, depth + 1);
        if (err) return err;
      } else accum.push(v.value);
    } else return { kind: 'syntax', option, section, text: rest, entry: textEntry };
  }
  return null;
}
