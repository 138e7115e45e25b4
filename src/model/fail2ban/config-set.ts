import type { IniDiagnostic, IniEntry, IniFile } from '../../parsers/fail2ban/ini.js';

/**
 * fail2ban's merged view of a set of files (`SafeConfigParserWithIncludes.read`): each file is parsed
 * on its own, then `[DEFAULT]` is updated key by key and every other section is updated key by key
 * (a later file wins per key). Before a key is overwritten its previous value is kept in a hidden
 * `KNOWN/<section>`, which `%(known/key)s` reads.
 */

/** Supplies a file's parse by host path: the repo's file when present, else the package's shipped copy. */
export interface FileSource {
  /** undefined when neither the repo nor the shipped package has the file. */
  load(hostPath: string): IniFile | undefined;
  exists(hostPath: string): boolean;
  /** Host paths matching a glob, sorted the way Python's sorted(glob.glob()) does (dotfiles skipped). */
  glob(hostPattern: string): string[];
}

export type SectionMap = Map<string, IniEntry>;

export interface MergedConfig {
  readonly defaults: SectionMap;
  /** Sections in first-appearance order, including `KNOWN/<name>` ones. */
  readonly sections: Map<string, SectionMap>;
  /** Host paths actually read, in read order (a file included twice appears twice). */
  readonly filesRead: readonly string[];
  readonly parsed: readonly { readonly hostPath: string; readonly ini: IniFile }[];
  readonly diagnostics: readonly IniDiagnostic[];
}

const INCLUDES = 'INCLUDES';
const CONDITIONAL_RE = /^([\p{L}\p{N}_]+)(\?.+)$/u;

function dirname(p: string): string {
  const i = p.lastIndexOf('/');
  return i <= 0 ? '/' : p.slice(0, i);
}

function joinPath(dir: string, rel: string): string {
  if (rel.startsWith('/')) return rel;
  // Python's os.path.join: a bare join, no normalisation.
  return dir.endsWith('/') ? dir + rel : `${dir}/${rel}`;
}

/** `os.path.splitext(f)[0] + '.local'`. */
function localName(p: string): string {
  const slash = p.lastIndexOf('/');
  const base = p.slice(slash + 1);
  let dot = base.lastIndexOf('.');
  // splitext ignores leading dots of the base name.
  while (dot > 0 && base.slice(0, dot).split('').every((c) => c === '.')) dot = -1;
  const stem = dot > 0 ? p.slice(0, slash + 1 + dot) : p;
  return `${stem}.local`;
}

/**
 * fail2ban memoises each include expansion by its file list alone (`_getIncludes` with a shared config),
 * not by the chain of files that led to it: the first expansion of a file is reused wherever it is
 * included again, even where the loop check would have cut it differently. One memo per host, shared by
 * every read in the order fail2ban reads (fail2ban.conf, jail files, then each action).
 */
export type IncludeMemo = Map<string, readonly string[]>;

/** The included files of one entry point, in read order (before-includes, the file, after-includes). */
function expandIncludes(source: FileSource, files: readonly string[], seen: readonly string[], memo: IncludeMemo): string[] {
  const withLocal: string[] = [];
  for (const f of files) {
    withLocal.push(f);
    const local = localName(f);
    if (!files.includes(local) && source.exists(local)) withLocal.push(local);
  }
  const key = withLocal.join('\u0001');
  const cached = memo.get(key);
  if (cached) return [...cached];
  const out: string[] = [];
  for (const f of withLocal) out.push(...expandOne(source, f, seen, memo));
  memo.set(key, out);
  return [...out];
}

function expandOne(source: FileSource, resource: string, seen: readonly string[], memo: IncludeMemo): string[] {
  const ini = source.load(resource);
  if (!ini) return [];
  const before: string[] = [];
  const after: string[] = [];
  if (ini.diagnostics.length === 0) {
    const inc = includesSection(ini);
    for (const [opt, list] of [['before', before], ['after', after]] as const) {
      const value = inc.get(opt);
      if (value === undefined) continue;
      for (const rel of value.split('\n')) {
        const r = joinPath(dirname(resource), rel);
        if (seen.includes(r)) continue;
        list.push(...expandIncludes(source, [r], [...seen, resource], memo));
      }
    }
  }
  return [...before, resource, ...after];
}

/** `[INCLUDES]` of one file as ConfigParser sees it (the file's own DEFAULT supplies missing keys). */
function includesSection(ini: IniFile): Map<string, string> {
  const own = new Map<string, string>();
  const defaults = new Map<string, string>();
  let hasSection = false;
  for (const b of ini.blocks) {
    if (b.name === INCLUDES) hasSection = true;
    for (const e of b.entries) {
      if (b.name === INCLUDES) own.set(e.key, e.value);
      else if (b.name === 'DEFAULT') defaults.set(e.key, e.value);
    }
  }
  if (!hasSection) return new Map();
  const out = new Map(defaults);
  for (const [k, v] of own) out.set(k, v);
  return out;
}

/** Read `files` (already the existing candidates, in order) with their includes, and merge. */
export function readMerged(source: FileSource, files: readonly string[], memo: IncludeMemo = new Map()): MergedConfig {
  const order = expandIncludes(source, files, [], memo);
  const defaults: SectionMap = new Map();
  const sections = new Map<string, SectionMap>();
  const filesRead: string[] = [];
  const parsed: { hostPath: string; ini: IniFile }[] = [];
  const diagnostics: IniDiagnostic[] = [];
  for (const hostPath of order) {
    const ini = source.load(hostPath);
    if (!ini) continue;
    filesRead.push(hostPath);
    if (!parsed.some((p) => p.hostPath === hostPath)) {
      parsed.push({ hostPath, ini });
      diagnostics.push(...ini.diagnostics);
    }
    const fileDefaults: SectionMap = new Map();
    const fileSections = new Map<string, SectionMap>();
    for (const block of ini.blocks) {
      let target: SectionMap;
      if (block.name === 'DEFAULT') target = fileDefaults;
      else {
        target = fileSections.get(block.name) ?? new Map<string, IniEntry>();
        fileSections.set(block.name, target);
      }
      for (const e of block.entries) target.set(e.key, e);
    }
    for (const [k, e] of fileDefaults) defaults.set(k, e);
    for (const [rawName, rawSection] of fileSections) {
      // `[Init?family=inet6]` merges into `[Init]` as keys `opt?family=inet6`.
      const cond = CONDITIONAL_RE.exec(rawName);
      const name = cond ? (cond[1] ?? rawName) : rawName;
      const s = cond ? new Map([...rawSection].map(([k, e]) => [k + (cond[2] ?? ''), e] as const)) : rawSection;
      const prev = sections.get(name);
      if (!prev) {
        sections.set(name, new Map(s));
        continue;
      }
      const knownName = `KNOWN/${name}`;
      const known = sections.get(knownName) ?? new Map<string, IniEntry>();
      if (!sections.has(knownName)) sections.set(knownName, known);
      for (const [k, e] of prev) if (s.has(k)) known.set(k, e);
      for (const [k, e] of s) prev.set(k, e);
    }
  }
  return { defaults, sections, filesRead, parsed, diagnostics };
}

/**
 * The candidate files for a config name, fail2ban's `ConfigReaderUnshared.read`:
 * `<name>.conf`, `<name>.d/*.conf`, `<name>.local`, `<name>.d/*.local`, keeping the existing ones.
 */
export function candidateFiles(source: FileSource, basename: string): string[] {
  const list = [`${basename}.conf`, ...source.glob(`${basename}.d/*.conf`), `${basename}.local`, ...source.glob(`${basename}.d/*.local`)];
  return list.filter((f) => source.exists(f));
}
