import path from 'node:path';
import type { SourceFormat } from '../model/source.js';
import type { Detected } from './detect.js';
import { byteOrder } from './host-fs.js';

export interface PlannedFile {
  readonly path: string;
  readonly format: SourceFormat;
  readonly role: Detected['role'];
}

/** One machine, before its models are built: which part of the repo is its filesystem, and its files. */
export interface HostPlan {
  /** Unique, repo-relative: the folder standing for `/`, or the file itself for a standalone sshd config. */
  readonly root: string;
  readonly name: string;
  /** Host paths under `hostPrefix` live in `repoDir` (see mountHostFs). */
  readonly hostPrefix: string;
  readonly repoDir: string;
  /** Host path of the main sshd config, when the host has one. */
  readonly sshdMain?: string;
  readonly files: readonly PlannedFile[];
}

/**
 * Group detected files into hosts:
 * - `<X>/etc/...` files belong to host `<X>` (the repo root itself when `X` is empty);
 * - a standalone sshd config (`web.sshd_config`, or `sshd_config` outside `etc/ssh`) is a host of its own,
 *   whose folder stands for `/etc/ssh` (so `Include sshd_config.d/*.conf` next to it works);
 * - other standalone files (a `rules.nft` in `firewall/`) belong to the host of their folder.
 */
export function groupHosts(files: readonly { path: string; detected: Detected }[]): HostPlan[] {
  const byRoot = new Map<string, { plan: Omit<HostPlan, 'files'>; files: PlannedFile[] }>();
  const add = (plan: Omit<HostPlan, 'files'>, file: PlannedFile): void => {
    let entry = byRoot.get(plan.root);
    if (!entry) {
      entry = { plan, files: [] };
      byRoot.set(plan.root, entry);
    }
    if (plan.sshdMain && !entry.plan.sshdMain) entry.plan = { ...entry.plan, sshdMain: plan.sshdMain };
    entry.files.push(file);
  };
  for (const { path: repoPath, detected } of files) {
    const file: PlannedFile = { path: repoPath, format: detected.format, role: detected.role };
    const placement = detected.placement;
    switch (placement.kind) {
      case 'tree': {
        const isMainSshd = detected.format === 'sshd' && detected.role === 'main';
        add(
          {
            root: placement.root,
            name: displayName(placement.root),
            hostPrefix: '/',
            repoDir: placement.root,
            ...(isMainSshd ? { sshdMain: placement.hostPath } : {}),
          },
          file,
        );
        break;
      }
      case 'standalone': {
        const dir = path.posix.dirname(repoPath) === '.' ? '' : path.posix.dirname(repoPath);
        const base = path.posix.basename(repoPath);
        if (detected.format === 'sshd') {
          const stem = base.endsWith('.sshd_config') ? base.slice(0, -'.sshd_config'.length) : '';
          add({ root: repoPath, name: stem || displayName(dir), hostPrefix: '/etc/ssh', repoDir: dir, sshdMain: `/etc/ssh/${base}` }, file);
        } else {
          add({ root: dir, name: displayName(dir), hostPrefix: '/', repoDir: dir }, file);
        }
        break;
      }
    }
  }
  return [...byRoot.values()]
    .map(({ plan, files: planned }) => ({ ...plan, files: planned.sort((a, b) => byteOrder(a.path, b.path)) }))
    .sort((a, b) => byteOrder(a.root, b.root));
}

function displayName(root: string): string {
  return root === '' ? '.' : path.posix.basename(root);
}
