import picomatch from 'picomatch';
import type { HostFs } from '../../discover/host-fs.js';
import { byteOrder } from '../../discover/host-fs.js';
import type { IniEntry, IniFile, IniSectionBlock } from '../../parsers/fail2ban/ini.js';
import { parseIni } from '../../parsers/fail2ban/ini.js';
import type { Location } from '../position.js';
import { range } from '../position.js';
import type { FileSource } from './config-set.js';
import type { ShippedData, ShippedFile } from './shipped-types.js';

export const BASEDIR = '/etc/fail2ban';

export interface UnreadableFile {
  readonly repoPath: string;
  readonly message: string;
}

/**
 * The host's /etc/fail2ban: a file in the repo wins; otherwise the target package's shipped copy
 * is used, so a repo holding only jail.local resolves against the stock jail.conf. (A shipped file
 * can be "removed" by committing an empty file of the same name.)
 */
export function overlaySource(fs: HostFs, shipped: ShippedData): FileSource & { readonly unreadable: UnreadableFile[]; readonly repoFilesRead: Set<string> } {
  const cache = new Map<string, IniFile | undefined>();
  const unreadable: UnreadableFile[] = [];
  const repoFilesRead = new Set<string>();
  const shippedKey = (hostPath: string): string | undefined => {
    const prefix = `${BASEDIR}/`;
    if (!hostPath.startsWith(prefix)) return undefined;
    const rel = hostPath.slice(prefix.length);
    return Object.hasOwn(shipped.files, rel) ? rel : undefined;
  };
  const load = (hostPath: string): IniFile | undefined => {
    if (cache.has(hostPath)) return cache.get(hostPath);
    let result: IniFile | undefined;
    const r = fs.read(hostPath);
    if (r.ok) {
      result = parseIni(r.text, r.repoPath, false);
      repoFilesRead.add(r.repoPath);
    } else {
      if (r.reason !== 'missing') unreadable.push({ repoPath: r.repoPath, message: r.message });
      const key = shippedKey(hostPath);
      const file = key === undefined ? undefined : shipped.files[key];
      if (file) result = fromShipped(file, fs.toRepoPath(hostPath));
    }
    cache.set(hostPath, result);
    return result;
  };
  const existsCache = new Map<string, boolean>();
  const exists = (hostPath: string): boolean => {
    let e = existsCache.get(hostPath);
    if (e === undefined) {
      e = cache.get(hostPath) !== undefined || fs.read(hostPath).ok || shippedKey(hostPath) !== undefined;
      existsCache.set(hostPath, e);
    }
    return e;
  };
  const glob = (pattern: string): string[] => {
    const found = new Set(fs.glob(pattern).filter((p) => fs.read(p).ok));
    const slash = pattern.lastIndexOf('/');
    const dir = pattern.slice(0, slash);
    const isMatch = matcher(pattern.slice(slash + 1));
    if (dir.startsWith(`${BASEDIR}/`) || dir === BASEDIR) {
      const relDir = dir === BASEDIR ? '' : `${dir.slice(BASEDIR.length + 1)}/`;
      for (const key of Object.keys(shipped.files)) {
        if (!key.startsWith(relDir)) continue;
        const rest = key.slice(relDir.length);
        if (!rest.includes('/') && isMatch(rest)) found.add(`${dir}/${rest}`);
      }
    }
    return [...found].sort(byteOrder);
  };
  return { load, exists, glob, unreadable, repoFilesRead };
}

/** `*.conf`-style patterns (all fail2ban uses) without compiling a glob each time. */
function matcher(pattern: string): (name: string) => boolean {
  const suffix = /^\*(\.[A-Za-z0-9]+)$/.exec(pattern)?.[1];
  if (suffix !== undefined) return (name) => !name.startsWith('.') && name.endsWith(suffix);
  return picomatch(pattern, { dot: false, nobrace: true, noextglob: true });
}

/** Converted shipped files, reused across hosts (they are immutable and depend only on file and path). */
const converted = new WeakMap<ShippedFile, Map<string, IniFile>>();

function fromShipped(file: ShippedFile, repoPath: string): IniFile {
  let byPath = converted.get(file);
  if (!byPath) {
    byPath = new Map();
    converted.set(file, byPath);
  }
  let ini = byPath.get(repoPath);
  if (!ini) {
    ini = convertShipped(file, repoPath);
    byPath.set(repoPath, ini);
  }
  return ini;
}

function convertShipped(file: ShippedFile, repoPath: string): IniFile {
  const lineLoc = (line: number, endLine = line): Location => ({ file: repoPath, range: range(line, 1, endLine + 1, 1) });
  const blocks: IniSectionBlock[] = file.map(([name, line, entries]) => ({
    name,
    header: lineLoc(line),
    entries: entries.map(([key, value, l, endLine]): IniEntry => ({
      key,
      value,
      keyLoc: lineLoc(l),
      valueLoc: lineLoc(l, endLine),
      location: lineLoc(l, endLine),
      section: name,
      shipped: true,
    })),
  }));
  return { file: repoPath, shipped: true, blocks, diagnostics: [] };
}
