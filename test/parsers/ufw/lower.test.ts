import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { diskHostFs, memoryHostFs } from '../../../src/discover/host-fs.js';
import { buildFirewallModel } from '../../../src/model/firewall/index.js';
import { loadUfw, parseUfwDefaults } from '../../../src/parsers/ufw/lower.js';

/** ufw loading; the reachability of the fixtures is proven against the real ufw in test/oracle/firewall-ufw.test.ts. */

const USER = `*filter
:ufw-user-input - [0:0]
### RULES ###

### tuple ### allow tcp 22 0.0.0.0/0 any 0.0.0.0/0 in
-A ufw-user-input -p tcp --dport 22 -j ACCEPT

### END RULES ###
COMMIT
`;

describe('ufw loader', () => {
  it('reads the default policy the way ufw does (case-insensitive keys, quotes stripped)', () => {
    expect(parseUfwDefaults('ipv6=no\nDEFAULT_INPUT_POLICY="reject"\n', 'etc/default/ufw').defaults).toMatchObject({ inputPolicy: 'REJECT', ipv6: false });
    expect(parseUfwDefaults('DEFAULT_INPUT_POLICY="SOMETIMES"\n', 'etc/default/ufw').diagnostics).toHaveLength(1);
  });

  it('runs the user rules after before.rules and maps every rule to its file and line', () => {
    const before = '*filter\n:ufw-before-input - [0:0]\n-A ufw-before-input -p tcp --dport 22 -j DROP\nCOMMIT\n';
    const fs = memoryHostFs({ '/etc/ufw/user.rules': USER, '/etc/ufw/before.rules': before, '/etc/default/ufw': 'DEFAULT_INPUT_POLICY="DROP"\n' });
    const loaded = loadUfw(fs, { path: 'etc/ufw/user.rules', text: USER });
    expect(loaded.diagnostics).toEqual([]);
    expect(loaded.files).toEqual(['etc/ufw/user.rules', 'etc/default/ufw', 'etc/ufw/before.rules']);
    const model = buildFirewallModel(fs, { files: [{ path: 'etc/ufw/user.rules', text: USER, format: 'ufw' }], target: 'debian-12' });
    const answer = model?.reach({ family: 4, port: 22 });
    expect(answer?.symptom).toBe('timeout');
    expect(answer?.path.at(-1)).toMatchObject({ file: 'etc/ufw/before.rules', line: 3 });
    const userRule = loaded.rulesets[0]?.chains.get('filter/ufw-user-input')?.rules[0];
    expect(userRule?.location).toMatchObject({ file: 'etc/ufw/user.rules', range: { start: { line: 6 } } });
  });

  it('ENABLED=no in ufw.conf loads nothing', () => {
    const fs = memoryHostFs({ '/etc/ufw/user.rules': USER, '/etc/ufw/ufw.conf': 'ENABLED=no\n' });
    const loaded = loadUfw(fs, { path: 'etc/ufw/user.rules', text: USER });
    expect(loaded.rulesets).toEqual([]);
    expect(loaded.diagnostics.map((d) => d.code)).toEqual(['ufw-disabled']);
  });
});

const CORPUS = '../shared/corpus';

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (/^user6?\.rules$/.test(name)) out.push(p);
  }
  return out;
}

const files = existsSync(CORPUS) ? walk(CORPUS) : [];

describe.skipIf(files.length === 0)('ufw corpus', () => {
  it.each(files.map((f) => path.relative(CORPUS, f)))('%s loads', (rel) => {
    const [group, repo] = rel.split(path.sep);
    const root = path.join(CORPUS, group ?? '', repo ?? '');
    const repoPath = path.relative(root, path.join(CORPUS, rel)).split(path.sep).join('/');
    const loaded = loadUfw(diskHostFs(root, root), { path: repoPath, text: readFileSync(path.join(CORPUS, rel), 'utf8') });
    for (const rs of loaded.rulesets) for (const c of rs.chains.values()) for (const r of c.rules) expect(r.location.range.start.line).toBeGreaterThan(0);
  });
});

describe('ufw tuples and application profiles', () => {
  const rules = `*filter
:ufw-user-input - [0:0]
### RULES ###

### tuple ### allow tcp 22 0.0.0.0/0 any 0.0.0.0/0 OpenSSH - in
-A ufw-user-input -p tcp --dport 22 -j ACCEPT -m comment --comment 'dapp_OpenSSH'

-A ufw-user-input -p tcp --dport 8080 -j ACCEPT

### END RULES ###
COMMIT
`;

  it('flags a rule line ufw would drop on its next rewrite, and an app rule whose profile changed', () => {
    const fs = memoryHostFs({ '/etc/ufw/user.rules': rules, '/etc/ufw/applications.d/openssh-server': '[OpenSSH]\ntitle=Secure shell server\nports=2222/tcp\n' });
    const loaded = loadUfw(fs, { path: 'etc/ufw/user.rules', text: rules });
    expect(loaded.diagnostics.map((d) => [d.code, d.location.range.start.line])).toEqual([
      ['ufw-rule-without-tuple', 8],
      ['ufw-app-profile-changed', 5],
    ]);
  });

  it('an unchanged profile is fine', () => {
    const fs = memoryHostFs({ '/etc/ufw/user.rules': rules, '/etc/ufw/applications.d/openssh-server': '[OpenSSH]\nports=22/tcp\n' });
    expect(loadUfw(fs, { path: 'etc/ufw/user.rules', text: rules }).diagnostics.map((d) => d.code)).toEqual(['ufw-rule-without-tuple']);
  });
});
