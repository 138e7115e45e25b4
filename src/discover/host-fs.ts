import { lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';

/**
 * A host's filesystem as seen by the programs we model (sshd, nft, fail2ban), mapped into the repo.
 * Every path handed in is a *host path* (absolute POSIX, e.g. `/etc/ssh/sshd_config`); it is resolved
 * inside the host root and never on the machine running sshlint. Nothing outside `repoRoot` is ever read.
 */
export interface HostFs {
  /** Repo-relative POSIX path of the host root ('' when the host root is the repo root). */
  readonly root: string;
  read(hostPath: string): ReadResult;
  /** Host paths matching a glob(3)-style pattern, in strcmp order. A pattern without magic returns itself if it exists. */
  glob(hostPattern: string): string[];
  /** Repo-relative POSIX path for a host path (for locations in findings). */
  toRepoPath(hostPath: string): string;
}

export type ReadFailure = 'missing' | 'outside-root' | 'binary' | 'too-large' | 'not-a-file' | 'unreadable';

export type ReadResult =
  | { readonly ok: true; readonly text: string; readonly repoPath: string }
  | { readonly ok: false; readonly reason: ReadFailure; readonly repoPath: string; readonly message: string };

/** Files larger than this are refused with a clear error rather than read. */
export const MAX_FILE_BYTES = 16 * 1024 * 1024;

/** Normalise a host path: absolute, POSIX, `..` clamped at `/` (so `/../../etc/shadow` is `/etc/shadow` of the host). */
export function normalizeHostPath(p: string, cwd = '/'): string {
  const abs = p.startsWith('/') ? p : path.posix.join(cwd, p);
  return path.posix.normalize(abs);
}

export function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

/** True when `child` is `parent` or lies below it (both absolute, native separators). */
export function isInside(parent: string, child: string): boolean {
  const rel = path.relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** Decode bytes as UTF-8 text, or say why not. Keeps a BOM and CRLF: whether they matter is the parser's call. */
export function decodeText(buf: Buffer): { ok: true; text: string } | { ok: false; reason: 'binary' | 'too-large' } {
  if (buf.length > MAX_FILE_BYTES) return { ok: false, reason: 'too-large' };
  const probe = buf.subarray(0, 8192);
  if (probe.includes(0)) return { ok: false, reason: 'binary' };
  return { ok: true, text: buf.toString('utf8') };
}

const failureText: Record<ReadFailure, string> = {
  missing: 'no such file',
  'outside-root': 'the path leads outside the repository root (a symlink?) and is not read',
  binary: 'binary file (contains NUL bytes), not a text configuration',
  'too-large': `file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MiB`,
  'not-a-file': 'not a regular file',
  unreadable: 'cannot be read',
};

export function describeReadFailure(reason: ReadFailure): string {
  return failureText[reason];
}

export interface DiskHostFsOptions {
  /**
   * Remember directory listings for the life of this HostFs (one lint run over a tree that does not change while it
   * is read): several globs of one folder list it once, and a name the listing showed to be a regular file is never
   * listed itself.
   */
  readonly memoizeListings?: boolean;
}

/**
 * A HostFs over a real directory. `hostRootDir` is the folder that stands for `/` on the host;
 * `repoRootDir` is the outer jail (findings are reported relative to it).
 */
export function diskHostFs(repoRootDir: string, hostRootDir: string, options: DiskHostFsOptions = {}): HostFs {
  const repoRoot = path.resolve(repoRootDir);
  const hostRoot = path.resolve(hostRootDir);
  let realRepoRoot: string;
  try {
    realRepoRoot = realpathSync.native(repoRoot);
  } catch {
    realRepoRoot = repoRoot;
  }
  const rootRel = toPosix(path.relative(repoRoot, hostRoot));

  const toDisk = (hostPath: string): string => path.join(hostRoot, ...normalizeHostPath(hostPath).split('/').filter(Boolean));
  const toRepoPath = (hostPath: string): string => toPosix(path.relative(repoRoot, toDisk(hostPath)));

  /** memoizeListings: the names of folders listed successfully, so a probe for a file that is not there costs nothing. */
  const listedNames = new Map<string, Set<string>>();
  // Only where names are case-sensitive: elsewhere a listing's absence of `Foo` says nothing about `foo`.
  const trustListings = options.memoizeListings === true && process.platform === 'linux';

  const read = (hostPath: string): ReadResult => {
    const disk = toDisk(hostPath);
    const repoPath = toRepoPath(hostPath);
    const fail = (reason: ReadFailure): ReadResult => ({ ok: false, reason, repoPath, message: `${repoPath}: ${failureText[reason]}` });
    if (trustListings && listedNames.get(path.dirname(disk))?.has(path.basename(disk)) === false) return fail('missing');
    let real: string;
    try {
      // The libc realpath: same answers as the JS one, without an lstat per path component from JavaScript.
      real = realpathSync.native(disk);
    } catch {
      try {
        lstatSync(disk);
        return fail('outside-root'); // a dangling symlink: we do not chase it
      } catch {
        return fail('missing');
      }
    }
    if (!isInside(realRepoRoot, real)) return fail('outside-root');
    try {
      const st = statSync(real);
      if (!st.isFile()) return fail('not-a-file');
      if (st.size > MAX_FILE_BYTES) return fail('too-large');
      const decoded = decodeText(readFileSync(real));
      if (!decoded.ok) return fail(decoded.reason);
      return { ok: true, text: decoded.text, repoPath };
    } catch {
      return fail('unreadable');
    }
  };

  const listDir = (hostDir: string): string[] => {
    const disk = toDisk(hostDir);
    try {
      const real = realpathSync.native(disk);
      if (!isInside(realRepoRoot, real)) return [];
      return readdirSync(real);
    } catch {
      return [];
    }
  };
  const listings = new Map<string, string[]>();
  const regularFiles = new Set<string>();
  const memoListDir = (hostDir: string): string[] => {
    const disk = toDisk(hostDir);
    if (regularFiles.has(disk)) return [];
    let names = listings.get(disk);
    if (names === undefined) {
      names = [];
      try {
        const real = realpathSync.native(disk);
        if (isInside(realRepoRoot, real)) {
          for (const e of readdirSync(real, { withFileTypes: true })) {
            names.push(e.name);
            if (e.isFile()) regularFiles.add(path.join(disk, e.name));
          }
          listedNames.set(disk, new Set(names));
        }
      } catch {
        names = [];
      }
      listings.set(disk, names);
    }
    return [...names];
  };
  const lister = options.memoizeListings === true ? memoListDir : listDir;

  return { root: rootRel === '' ? '' : rootRel, read, glob: (p) => globWith(p, lister, (h) => { const r = read(h); return r.ok || r.reason !== 'missing'; }), toRepoPath };
}

/** An in-memory HostFs for tests and for callers that already hold the text. Keys are host paths. */
export function memoryHostFs(files: Readonly<Record<string, string>>, root = ''): HostFs {
  const map = new Map(Object.entries(files).map(([k, v]) => [normalizeHostPath(k), v]));
  const toRepoPath = (hostPath: string): string => {
    const rel = normalizeHostPath(hostPath).slice(1);
    return root ? `${root}/${rel}` : rel;
  };
  const read = (hostPath: string): ReadResult => {
    const text = map.get(normalizeHostPath(hostPath));
    const repoPath = toRepoPath(hostPath);
    if (text === undefined) return { ok: false, reason: 'missing', repoPath, message: `${repoPath}: ${failureText.missing}` };
    return { ok: true, text, repoPath };
  };
  const listDir = (hostDir: string): string[] => {
    const dir = normalizeHostPath(hostDir);
    const prefix = dir === '/' ? '/' : `${dir}/`;
    const names = new Set<string>();
    for (const k of map.keys()) if (k.startsWith(prefix)) names.add(k.slice(prefix.length).split('/')[0] ?? '');
    names.delete('');
    return [...names];
  };
  return { root, read, glob: (p) => globWith(p, listDir, (h) => map.has(normalizeHostPath(h)) || listDir(h).length > 0), toRepoPath };
}

const MAGIC = /[*?[]/;

/** Compiled glob segments: every host of a repo globs the same few (`*.conf`, `ssh_host_*`). */
const MATCHERS = new Map<string, (name: string) => boolean>();
function segmentMatcher(seg: string): (name: string) => boolean {
  let m = MATCHERS.get(seg);
  if (m === undefined) {
    m = picomatch(seg, { dot: false, nobrace: true, noextglob: true, noglobstar: true });
    if (MATCHERS.size >= 10_000) MATCHERS.clear();
    MATCHERS.set(seg, m);
  }
  return m;
}

/** glob(3) over a directory lister: `*`, `?`, `[...]` per segment, no match of a leading dot unless written. */
function globWith(pattern: string, listDir: (hostDir: string) => string[], exists: (hostPath: string) => boolean): string[] {
  const norm = normalizeHostPath(pattern);
  if (!MAGIC.test(norm)) return exists(norm) ? [norm] : [];
  const segments = norm.split('/').filter(Boolean);
  let current = ['/'];
  // True while every path in `current` is a name a directory listing returned: it exists, no need to look again.
  let listed = false;
  for (const seg of segments) {
    const next: string[] = [];
    listed = MAGIC.test(seg);
    if (!listed) {
      for (const dir of current) next.push(path.posix.join(dir, seg));
    } else {
      const isMatch = segmentMatcher(seg);
      for (const dir of current) for (const name of listDir(dir)) if (isMatch(name)) next.push(path.posix.join(dir, name));
    }
    current = next;
  }
  return (listed ? current : current.filter(exists)).sort(byteOrder);
}

/**
 * Memoise a HostFs for one run: discovery, host building and the models read the same files and glob the same
 * folders several times. Only for a run over a tree that does not change while it is read.
 */
export function cachedHostFs(fs: HostFs): HostFs {
  const reads = new Map<string, ReadResult>();
  const globs = new Map<string, string[]>();
  return {
    root: fs.root,
    toRepoPath: (hostPath) => fs.toRepoPath(hostPath),
    read(hostPath) {
      const key = normalizeHostPath(hostPath);
      let r = reads.get(key);
      if (r === undefined) {
        r = fs.read(key);
        reads.set(key, r);
      }
      return r;
    },
    glob(pattern) {
      let r = globs.get(pattern);
      if (r === undefined) {
        r = fs.glob(pattern);
        globs.set(pattern, r);
      }
      return [...r];
    },
  };
}

/** strcmp order: compares UTF-16 code units, which equals byte order for the ASCII names configs use. */
export function byteOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
