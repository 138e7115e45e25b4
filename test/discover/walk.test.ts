import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findGitRoot, walkRepo } from '../../src/discover/walk.js';

const dir = mkdtempSync(path.join(tmpdir(), 'sshlint-walk-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(rel: string, text = 'x\n'): void {
  mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
  writeFileSync(path.join(dir, rel), text);
}

describe('walkRepo', () => {
  mkdirSync(path.join(dir, '.git'));
  write('.git/config');
  write('.gitignore', 'build/\n*.bak\n');
  write('hosts/web/etc/ssh/sshd_config');
  write('hosts/web/etc/ssh/sshd_config.bak');
  write('hosts/web/.gitignore', 'secret/\n');
  write('hosts/web/secret/etc/ssh/sshd_config');
  write('build/etc/ssh/sshd_config');
  write('node_modules/x/etc/ssh/sshd_config');
  symlinkSync('/etc/passwd', path.join(dir, 'hosts/web/passwd-link'));
  symlinkSync(path.join(dir, 'hosts'), path.join(dir, 'loop'));

  it('finds the git root', () => {
    expect(findGitRoot(path.join(dir, 'hosts/web'))).toBe(dir);
  });

  it('honours .gitignore at every level, skips .git and node_modules, lists symlinked files but not symlinked folders', () => {
    const r = walkRepo(dir, [dir]);
    expect(r.files).toEqual(['.gitignore', 'hosts/web/.gitignore', 'hosts/web/etc/ssh/sshd_config', 'hosts/web/passwd-link']);
    expect(r.missing).toEqual([]);
  });

  it('takes explicit files even when ignored, and reports missing paths', () => {
    const r = walkRepo(dir, [path.join(dir, 'build/etc/ssh/sshd_config'), path.join(dir, 'nope')]);
    expect(r.files).toEqual(['build/etc/ssh/sshd_config']);
    expect([...r.explicit]).toEqual(['build/etc/ssh/sshd_config']);
    expect(r.missing).toEqual([path.join(dir, 'nope')]);
  });
});
