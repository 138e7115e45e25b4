import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Files of a host by host path, e.g. `{ '/etc/ssh/sshd_config': 'Port 22\n' }`. */
export type HostFiles = Readonly<Record<string, string>>;

/** A scratch directory for host trees; `dispose()` removes everything. */
export function scratchDir(prefix: string): { dir: string; dispose(): void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), `sshlint-${prefix}-`));
  return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Writes `files` below `root` (which stands for `/` of the host) and returns `root`. */
export function writeHostTree(root: string, files: HostFiles): string {
  mkdirSync(path.join(root, 'etc/ssh'), { recursive: true });
  for (const [hostPath, text] of Object.entries(files)) {
    const p = path.join(root, hostPath);
    mkdirSync(path.dirname(p), { recursive: true });
    writeFileSync(p, text);
  }
  return root;
}
