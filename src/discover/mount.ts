import type { HostFs, ReadFailure, ReadResult } from './host-fs.js';
import { describeReadFailure, normalizeHostPath } from './host-fs.js';

/**
 * A host's filesystem carved out of a whole-repo view (where host path `/a/b` is repo path `a/b`):
 * host paths under `hostPrefix` map to `repoDir`, everything else is missing on this host.
 * `hostPrefix` `/` with `repoDir` `hosts/web` is the usual `<X>/etc/...` host; a standalone
 * `web.sshd_config` uses `hostPrefix` `/etc/ssh` so its folder stands for `/etc/ssh`.
 */
export function mountHostFs(repo: HostFs, hostPrefix: string, repoDir: string, root: string): HostFs {
  const prefix = normalizeHostPath(hostPrefix);
  const base = repoDir === '' ? '' : `/${repoDir}`;
  const toRepoView = (hostPath: string): string | undefined => {
    const n = normalizeHostPath(hostPath);
    if (prefix === '/') return n === '/' ? base || '/' : `${base}${n}`;
    if (n === prefix) return base || '/';
    if (n.startsWith(`${prefix}/`)) return `${base}${n.slice(prefix.length)}`;
    return undefined;
  };
  const fromRepoView = (viewPath: string): string => {
    const rest = base === '' ? viewPath : viewPath.slice(base.length);
    return prefix === '/' ? rest || '/' : `${prefix}${rest === '/' ? '' : rest}`;
  };
  const toRepoPath = (hostPath: string): string => {
    const view = toRepoView(hostPath);
    if (view !== undefined) return view.slice(1);
    // Not on this host's part of the repo: name it as if it were, so messages stay readable.
    return `${repoDir}${repoDir ? '/' : ''}(host)${normalizeHostPath(hostPath)}`;
  };
  return {
    root,
    toRepoPath,
    read(hostPath: string): ReadResult {
      const view = toRepoView(hostPath);
      if (view === undefined) {
        const repoPath = toRepoPath(hostPath);
        return { ok: false, reason: 'missing', repoPath, message: `${repoPath}: ${describeReadFailure('missing')}` };
      }
      return repo.read(view);
    },
    glob(hostPattern: string): string[] {
      const view = toRepoView(hostPattern);
      if (view === undefined) return [];
      return repo.glob(escapeGlob(base) + view.slice(base.length)).map(fromRepoView);
    },
  };
}

/** Escape glob magic in a literal folder name (a host folder called `web[1]` must not become a pattern). */
function escapeGlob(literal: string): string {
  return literal.replace(/[*?[\]\\]/g, (c) => `[${c}]`);
}

export interface ReadLog {
  /** Texts of every file read successfully, by repo path. */
  readonly texts: ReadonlyMap<string, string>;
  /** Files that exist but could not be read, by repo path. */
  readonly failures: ReadonlyMap<string, { reason: ReadFailure; message: string }>;
}

/** Wraps a HostFs to remember what the models read: their texts feed suppressions, their failures notifications. */
export function recordingHostFs(fs: HostFs): { fs: HostFs; log: ReadLog } {
  const texts = new Map<string, string>();
  const failures = new Map<string, { reason: ReadFailure; message: string }>();
  const read = (hostPath: string): ReadResult => {
    const r = fs.read(hostPath);
    if (r.ok) texts.set(r.repoPath, r.text);
    // Missing files and folders are normal answers to a probe (glob, Include of an optional file), not problems.
    else if (r.reason !== 'missing' && r.reason !== 'not-a-file') failures.set(r.repoPath, { reason: r.reason, message: r.message });
    return r;
  };
  return { fs: { root: fs.root, read, glob: (p) => fs.glob(p), toRepoPath: (p) => fs.toRepoPath(p) }, log: { texts, failures } };
}
