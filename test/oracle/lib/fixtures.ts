/**
 * Finds the sshd configs the fixture suite runs on: every host tree in the project's fixtures that has
 * an `etc/ssh/sshd_config`, and every sshd-looking file of the shared real-world corpus (whole trees
 * and also loose files, drop-in fragments and templates: whatever sshd does with them, we must agree).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export interface SshdFixture {
  /** Stable id used in test names and the known-mismatches list. */
  readonly id: string;
  readonly hostRoot: string;
  readonly mainPath: string;
}

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    if (name === 'node_modules' || name === '.git') continue;
    const p = path.join(dir, name);
    const st = statSync(p);
    if (st.isDirectory()) walk(p, out);
    else if (st.isFile()) out.push(p);
  }
  return out;
}

/** Host trees under `fixturesDir` (repo-relative ids: `fixture:fixtures/...`). */
export function projectFixtures(projectRoot: string, dirs: readonly string[]): SshdFixture[] {
  const out: SshdFixture[] = [];
  for (const d of dirs) {
    const abs = path.join(projectRoot, d);
    if (!existsSync(abs)) continue;
    for (const f of walk(abs)) {
      if (!f.endsWith(`${path.sep}etc${path.sep}ssh${path.sep}sshd_config`)) continue;
      const hostRoot = f.slice(0, -'/etc/ssh/sshd_config'.length);
      out.push({ id: `fixture:${path.relative(projectRoot, hostRoot)}`, hostRoot, mainPath: '/etc/ssh/sshd_config' });
    }
  }
  return out;
}

const SSHD_FILE = /(^|\/)(sshd_config(\.[^/]*)?|[^/]*sshd[^/]*\.conf(\.j2)?)$|\/sshd_config\.d\/[^/]+$/;

/**
 * Corpus layout: `<corpus>/<area>/<owner__repo>/<path in that repo>`. Each repo folder is a host root;
 * every sshd-looking file in it is a case of its own, read as the main config (`-f`).
 * fail2ban's `sshd.conf` filters are not sshd configs and are left out.
 */
export function corpusFixtures(corpusDir: string, areas: readonly string[]): SshdFixture[] {
  const out: SshdFixture[] = [];
  for (const area of areas) {
    const areaDir = path.join(corpusDir, area);
    if (!existsSync(areaDir)) continue;
    for (const repo of readdirSync(areaDir).sort()) {
      const hostRoot = path.join(areaDir, repo);
      if (!statSync(hostRoot).isDirectory()) continue;
      for (const f of walk(hostRoot)) {
        const rel = path.relative(hostRoot, f).split(path.sep).join('/');
        if (rel.includes('fail2ban/') || !SSHD_FILE.test(`/${rel}`)) continue;
        out.push({ id: `corpus:${area}/${repo}/${rel}`, hostRoot, mainPath: `/${rel}` });
      }
    }
  }
  return out;
}
