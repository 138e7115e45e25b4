import { existsSync, lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ignore from 'ignore';
import type { Ignore } from 'ignore';
import { byteOrder, isInside, toPosix } from './host-fs.js';

/** Folders never walked into: version control and dependencies. */
const ALWAYS_SKIPPED = new Set(['.git', 'node_modules']);

/** The folder holding `.git` (a directory, or a file for worktrees) at or above `start`; undefined if none. */
export function findGitRoot(start: string): string | undefined {
  let dir = path.resolve(start);
  for (;;) {
    if (existsSync(path.join(dir, '.git'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

export interface WalkResult {
  /** Repo-relative POSIX paths of candidate files (regular files and symlinks), strcmp-sorted, without duplicates. */
  readonly files: readonly string[];
  /** Files named on the command line: linted even when their name is not a known config name. */
  readonly explicit: ReadonlySet<string>;
  /** PATH arguments that do not exist. */
  readonly missing: readonly string[];
}

/**
 * Walk `paths` (absolute, inside `repoRoot`). Honours `.gitignore` files from the repo root down,
 * never follows symlinked folders (no loops, no escaping the repo) and lists symlinked files so that
 * reading them can refuse the ones that lead outside.
 */
export function walkRepo(repoRoot: string, paths: readonly string[]): WalkResult {
  const root = path.resolve(repoRoot);
  const found = new Set<string>();
  const explicit = new Set<string>();
  const missing: string[] = [];
  const ignores = new Map<string, Ignore | null>();

  const ignoreFor = (relDir: string): Ignore | null => {
    const cached = ignores.get(relDir);
    if (cached !== undefined) return cached;
    let ig: Ignore | null;
    try {
      ig = ignore().add(readFileSync(path.join(root, relDir, '.gitignore'), 'utf8'));
    } catch {
      ig = null;
    }
    ignores.set(relDir, ig);
    return ig;
  };

  /** Whether a repo path is ignored by any `.gitignore` in the folders above it. */
  const isIgnored = (rel: string, isDir: boolean): boolean => {
    const parts = rel.split('/');
    for (let i = 0; i < parts.length; i++) {
      const dir = parts.slice(0, i).join('/');
      const ig = ignoreFor(dir);
      if (!ig) continue;
      const sub = parts.slice(i).join('/') + (isDir ? '/' : '');
      if (ig.ignores(sub)) return true;
    }
    return false;
  };

  const walkDir = (rel: string): void => {
    let entries;
    try {
      entries = readdirSync(path.join(root, rel), { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (ALWAYS_SKIPPED.has(entry.name) || isIgnored(child, true)) continue;
        walkDir(child);
      } else if (entry.isFile() || entry.isSymbolicLink()) {
        if (entry.isSymbolicLink() && pointsToDirectory(path.join(root, child))) continue;
        if (!isIgnored(child, false)) found.add(child);
      }
    }
  };

  for (const p of paths) {
    const abs = path.resolve(p);
    if (!isInside(root, abs)) {
      missing.push(p);
      continue;
    }
    const rel = toPosix(path.relative(root, abs));
    let st;
    try {
      st = lstatSync(abs);
    } catch {
      missing.push(p);
      continue;
    }
    if (st.isDirectory()) walkDir(rel);
    else {
      found.add(rel);
      explicit.add(rel);
    }
  }
  return { files: [...found].sort(byteOrder), explicit, missing };
}

function pointsToDirectory(abs: string): boolean {
  try {
    return statSync(abs).isDirectory();
  } catch {
    return false;
  }
}
