import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { SarifArtifactLocation } from './types.js';

/** The base id GitHub and the SARIF tools expect for repo-root-relative URIs. */
export const SRCROOT = '%SRCROOT%';

/**
 * The folder that SARIF URIs and annotation paths are made relative to. GitHub resolves both against the
 * repository root, not against the folder sshlint ran in, so a run from a subfolder (monorepos,
 * `working-directory`) must still write `infra/etc/ssh/sshd_config`, not `etc/ssh/sshd_config`.
 *
 * 1. The nearest ancestor of `cwd` holding a `.git` entry (a folder, or a file in worktrees and
 *    submodules): what `git rev-parse --show-toplevel` prints, found without spawning git, and the same
 *    root the engine makes finding paths relative to.
 * 2. `GITHUB_WORKSPACE`, when `cwd` lies inside it: the checkout, also when actions/checkout fell back to
 *    downloading an archive without `.git`.
 * 3. `cwd` itself.
 */
export function findRepoRoot(cwd: string, env: Readonly<Record<string, string | undefined>>): string {
  const start = path.resolve(cwd);
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, '.git'))) return dir;
    if (path.dirname(dir) === dir) break;
  }
  const workspace = env['GITHUB_WORKSPACE'];
  if (workspace !== undefined && workspace !== '' && isInside(path.resolve(workspace), start)) return path.resolve(workspace);
  return start;
}

function isInside(parent: string, child: string): boolean {
  const rel = path.relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/**
 * Repo-root-relative POSIX path of `file` (which is relative to `base`), or undefined when it lies
 * outside the repo root.
 */
export function repoRelativePath(file: string, base: string, repoRoot: string): string | undefined {
  const absolute = path.resolve(base, file);
  const rel = path.relative(repoRoot, absolute);
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
  return rel.split(path.sep).join('/');
}

/**
 * Percent-encode what cannot stand literally in a relative URI path: spaces, `%`, non-ASCII (encodeURI),
 * plus `#` and `?` (they would start a fragment or query) and `:` (a first segment with a colon would read
 * as a scheme). Everything else stays readable, because GitHub matches these paths against the tree.
 */
export function encodePath(posixPath: string): string {
  return encodeURI(posixPath).replace(/[#?:]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * A SARIF artifact location: repo-relative with `%SRCROOT%` (no `./`, no absolute path) when the file is
 * inside the repo; an absolute `file:` URI otherwise, so the reader at least knows which file it was.
 */
export function artifactLocation(file: string, base: string, repoRoot: string): SarifArtifactLocation {
  const rel = repoRelativePath(file, base, repoRoot);
  if (rel === undefined) return { uri: pathToFileURL(path.resolve(base, file)).href };
  return { uri: encodePath(rel), uriBaseId: SRCROOT };
}
