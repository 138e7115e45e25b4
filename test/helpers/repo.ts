import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface TempRepo {
  readonly dir: string;
  write(rel: string, content: string | Buffer): void;
  symlink(rel: string, target: string): void;
  remove(): void;
}

/** A throw-away git-like repo (a `.git` folder marks its root) with the given files. */
export function tempRepo(files: Readonly<Record<string, string | Buffer>> = {}): TempRepo {
  const dir = mkdtempSync(path.join(tmpdir(), 'sshlint-repo-'));
  mkdirSync(path.join(dir, '.git'));
  const write = (rel: string, content: string | Buffer): void => {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), content);
  };
  for (const [rel, content] of Object.entries(files)) write(rel, content);
  return {
    dir,
    write,
    symlink(rel, target) {
      mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      symlinkSync(target, path.join(dir, rel));
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Absolute path of the worked example plugin. */
export const EXAMPLE_PLUGIN = path.resolve('fixtures/plugins/acme-sshlint');
