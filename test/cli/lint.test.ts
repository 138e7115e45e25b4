import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { captureIo } from '../helpers/io.js';
import type { TempRepo } from '../helpers/repo.js';
import { EXAMPLE_PLUGIN, tempRepo } from '../helpers/repo.js';

const HEADER = '# Managed by Ansible\n';
/** Only the example plugin's rule and unused-suppression, so these tests do not depend on the built-in rules. */
function config(rules: Record<string, string> = {}): string {
  const all = { 'acme/managed-header': 'warning', 'sshlint/unused-suppression': 'warning', ...rules };
  return `extends: []\nplugins: ['${EXAMPLE_PLUGIN}']\nrules:\n${Object.entries(all).map(([k, v]) => `  ${k}: ${v}\n`).join('')}`;
}
const pluginConfig = config();

let repos: TempRepo[] = [];
afterEach(() => {
  for (const r of repos) r.remove();
  repos = [];
});
function repo(files: Record<string, string | Buffer>): TempRepo {
  const r = tempRepo(files);
  repos.push(r);
  return r;
}

/** A repo where the example plugin reports one warning (hosts/web lacks the header) and hosts/db is clean. */
function warningRepo(): TempRepo {
  return repo({
    '.sshlint.yml': pluginConfig,
    'none.yml': 'extends: []\n',
    'hosts/web/etc/ssh/sshd_config': 'PermitRootLogin no\n',
    'hosts/db/etc/ssh/sshd_config': `${HEADER}PermitRootLogin no\n`,
  });
}

async function run(args: string[], cwd: string, env: Record<string, string> = {}) {
  const io = captureIo(cwd, env);
  const code = await main(args, io);
  return { code, out: io.out(), err: io.err() };
}

describe('sshlint [PATH...]', () => {
  it('exits 0 and says so when there is nothing to report', async () => {
    const r = repo({ 'etc/ssh/sshd_config': `${HEADER}PermitRootLogin no\n`, '.sshlint.yml': pluginConfig });
    const { code, out, err } = await run([], r.dir);
    expect([code, err]).toEqual([0, '']);
    expect(out).toBe('✔ no problems (1 file, 1 host)\n');
  });

  it('groups stylish output by file with line:column, severity, message and rule id', async () => {
    const { code, out } = await run(['.'], warningRepo().dir);
    expect(code).toBe(0); // a warning does not fail the default --fail-on error
    expect(out).toBe(
      [
        'hosts/web/etc/ssh/sshd_config',
        '  1:1  warning  This file does not start with a "Managed by" comment, so nobody knows that hand edits will be overwritten  acme/managed-header',
        '',
        '⚠ 1 problem (0 errors, 1 warning, 0 notes) in 2 files, 2 hosts',
        '',
      ].join('\n'),
    );
  });

  it.each([
    [['--fail-on', 'warning'], 1],
    [['--fail-on', 'note'], 1],
    [['--fail-on', 'error'], 0],
    [['--max-warnings', '0'], 1],
    [['--max-warnings', '1'], 0],
    [['--rule', 'acme/managed-header=error'], 1],
    [['--rule', 'acme/managed-header=off', '--fail-on', 'note'], 0],
    [['--target', 'rhel-9'], 0],
    [['--ssh-port', '2222'], 0],
    [['--debug'], 0],
    [['--no-plugins', '--config', 'none.yml'], 0],
  ])('%j exits %i', async (args, expected) => {
    expect((await run(args, warningRepo().dir)).code).toBe(expected);
  });

  it('shows a progress line on stderr only when stderr is a terminal', async () => {
    const dir = warningRepo().dir;
    const io = captureIo(dir);
    const tty = { ...io, stderr: { write: (s: string) => io.stderr.write(s), isTTY: true } };
    expect(await main([], tty)).toBe(0);
    expect(io.err()).toContain('sshlint: linting');
    expect((await run([], dir)).err).toBe('');
  });

  it('--quiet reports errors only', async () => {
    const { out } = await run(['--quiet'], warningRepo().dir);
    expect(out).not.toContain('acme/managed-header');
  });

  it('--format compact prints one line per finding', async () => {
    const { out } = await run(['-f', 'compact'], warningRepo().dir);
    expect(out).toBe(
      'hosts/web/etc/ssh/sshd_config:1:1: warning This file does not start with a "Managed by" comment, so nobody knows that hand edits will be overwritten [acme/managed-header]\n',
    );
  });

  it('--format json includes suppressed findings with their reason', async () => {
    const r = warningRepo();
    r.write('hosts/web/etc/ssh/sshd_config', '# sshlint-disable acme/managed-header -- inherited from the vendor image\nPermitRootLogin no\n');
    const { code, out } = await run(['--format', 'json', '--fail-on', 'note'], r.dir);
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json.summary).toEqual({ error: 0, warning: 0, note: 0, suppressed: 1, files: 2, hosts: 2 });
    expect(json.findings[0]).toMatchObject({
      ruleId: 'acme/managed-header',
      suppressed: { kind: 'file', reason: 'inherited from the vendor image' },
      location: { file: 'hosts/web/etc/ssh/sshd_config', range: { start: { line: 1, column: 1 } } },
    });
    expect(json.hosts.map((h: { root: string }) => h.root)).toEqual(['hosts/db', 'hosts/web']);
  });

  it('--format sarif leaves suppressed findings out unless --sarif-include-suppressed', async () => {
    const r = warningRepo();
    r.write('hosts/web/etc/ssh/sshd_config', '# sshlint-disable acme/managed-header -- vendor image\nPermitRootLogin no\n');
    const plain = JSON.parse((await run(['--format', 'sarif'], r.dir)).out);
    expect(plain.runs[0].results).toEqual([]);
    const kept = JSON.parse((await run(['--format', 'sarif', '--sarif-include-suppressed'], r.dir)).out);
    expect(kept.runs[0].results).toHaveLength(1);
    expect(kept.runs[0].results[0]).toMatchObject({
      ruleId: 'acme/managed-header',
      suppressions: [{ kind: 'inSource', justification: 'vendor image' }],
    });
  });

  it('stylish hides suppressed findings and counts them', async () => {
    const r = warningRepo();
    r.write('hosts/web/etc/ssh/sshd_config', '# sshlint-disable acme/managed-header -- vendor image\nPermitRootLogin no\n');
    const { out } = await run([], r.dir);
    expect(out).toBe('✔ no problems (2 files, 2 hosts)\n  1 suppressed by sshlint-disable comments (--format json lists them with reasons)\n');
  });

  it('reports a suppression that silences nothing', async () => {
    const r = warningRepo();
    r.write('hosts/db/etc/ssh/sshd_config', `${HEADER}# sshlint-disable-next-line acme/managed-header -- old\nPermitRootLogin no\n`);
    const { out } = await run(['-f', 'compact'], r.dir);
    expect(out).toContain('hosts/db/etc/ssh/sshd_config:2:29: warning This comment suppresses acme/managed-header but that rule reports nothing here');
  });

  it('--output writes the report to a file and nothing to stdout', async () => {
    const r = warningRepo();
    const { code, out } = await run(['--format', 'json', '--output', 'reports/sshlint.json'], r.dir);
    expect([code, out]).toEqual([0, '']);
    expect(JSON.parse(readFileSync(path.join(r.dir, 'reports/sshlint.json'), 'utf8')).summary.warning).toBe(1);
  });

  it('--format sarif and github produce their formats', async () => {
    const r = warningRepo();
    const sarif = await run(['--format', 'sarif'], r.dir);
    expect(JSON.parse(sarif.out).runs[0].results[0].ruleId).toBe('acme/managed-header');
    const gh = await run(['--format', 'github'], r.dir);
    expect(gh.out).toContain('::warning ');
  });

  it('colors only when asked: FORCE_COLOR, NO_COLOR and --no-color', async () => {
    const dir = warningRepo().dir;
    expect((await run([], dir, { FORCE_COLOR: '1' })).out).toContain('\u001b[');
    expect((await run([], dir, { FORCE_COLOR: '1', NO_COLOR: '1' })).out).not.toContain('\u001b[');
    expect((await run(['--no-color'], dir, { FORCE_COLOR: '1' })).out).not.toContain('\u001b[');
  });

  it('--config uses the named file', async () => {
    const r = warningRepo();
    r.write('strict.yml', config({ 'acme/managed-header': 'error' }));
    expect((await run(['--config', 'strict.yml'], r.dir)).code).toBe(1);
  });

  it('lints only what include selects and exclude leaves, relative to the config file', async () => {
    const r = repo({
      'infra/.sshlint.yml': `${config()}include: ['hosts/**']\nexclude: ['hosts/old/**']\n`,
      'infra/hosts/a/etc/ssh/sshd_config': 'Port 22\n',
      'infra/hosts/old/etc/ssh/sshd_config': 'Port 22\n',
      'infra/lab/etc/ssh/sshd_config': 'Port 22\n',
    });
    const { out } = await run(['-f', 'json', 'infra'], r.dir);
    expect(JSON.parse(out).files).toEqual(['infra/hosts/a/etc/ssh/sshd_config']);
  });

  it('gives each host the target of its override, else --target, else the file', async () => {
    const r = repo({
      '.sshlint.yml': `${config()}target: ubuntu-24.04\noverrides:\n  - files: ['hosts/rh']\n    target: rhel-9\n`,
      'hosts/rh/etc/ssh/sshd_config': 'Port 22\n',
      'hosts/deb/etc/ssh/sshd_config': 'Port 22\n',
    });
    const targets = async (args: string[]) => (JSON.parse((await run(['-f', 'json', ...args], r.dir)).out).hosts as { name: string; target: string }[]).map((h) => `${h.name}=${h.target}`);
    expect(await targets([])).toEqual(['deb=ubuntu-24.04', 'rh=rhel-9']);
    expect(await targets(['--target', 'debian-13'])).toEqual(['deb=debian-13', 'rh=rhel-9']);
  });

  it('finds .sshlint.yml from the first PATH up to the repo root', async () => {
    const r = repo({ 'infra/.sshlint.yml': config({ 'acme/managed-header': 'error' }), 'infra/etc/ssh/sshd_config': 'Port 22\n' });
    expect((await run(['infra'], r.dir)).code).toBe(1);
    expect((await run(['infra/etc'], r.dir)).code).toBe(1);
  });

  it.each([
    [['--format', 'xml'], 'sshlint: unknown --format "xml"'],
    [['--fail-on', 'warn'], 'sshlint: --fail-on must be error, warning or note'],
    [['--max-warnings=-1'], 'sshlint: --max-warnings expects a whole number'],
    [['--rule', 'acme/managed-header'], 'sshlint: --rule expects ID=LEVEL'],
    [['--rule', 'nope/nope=error'], 'sshlint: --rule: unknown rule "nope/nope"'],
    [['--target', 'windows'], 'sshlint: --target: unknown target "windows"'],
    [['--ssh-port', '70000'], 'sshlint: --ssh-port expects a port number'],
    [['--bogus'], "sshlint: Unknown option '--bogus'"],
    [['no/such/dir'], 'sshlint: no such file or folder: no/such/dir'],
    [['/'], 'is outside the repository root'],
    [['--config', 'missing.yml'], 'sshlint: missing.yml: cannot read the configuration file'],
  ])('%j is a usage error (exit 2, one line)', async (args, message) => {
    const { code, err, out } = await run(args, warningRepo().dir);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toContain(message);
    expect(err.trimEnd().split('\n')).toHaveLength(1);
  });

  it('reports a bad .sshlint.yml with file:line:column and exit 2', async () => {
    const r = repo({ '.sshlint.yml': 'rules:\n  sshlint/unused-suppression: loud\n', 'etc/ssh/sshd_config': 'Port 22\n' });
    const { code, err } = await run([], r.dir);
    expect(code).toBe(2);
    expect(err).toMatch(/^sshlint: \.sshlint\.yml:2:31: rules\.sshlint\/unused-suppression: /);
  });

  it('prints the version and help', async () => {
    expect((await run(['--version'], process.cwd())).out).toMatch(/^\d+\.\d+\.\d+\n$/);
    const help = await run(['--help'], process.cwd());
    expect(help.code).toBe(0);
    expect(help.out).toContain('--fail-on LEVEL');
    const lintHelp = await run(['.', '--help'], process.cwd());
    expect(lintHelp.out).toContain('--max-warnings N');
  });
});

describe('bad inputs become notifications, never stack traces', () => {
  it('skips a binary file with a notification', async () => {
    const r = repo({ 'etc/ssh/sshd_config': Buffer.from([0x50, 0x6f, 0x00, 0x01, 0x02]) });
    const { code, out, err } = await run([], r.dir);
    expect([code, err]).toEqual([0, '']);
    expect(out).toContain('etc/ssh/sshd_config: binary file (contains NUL bytes), not a text configuration; skipped');
  });

  it('refuses a file over 16 MiB', async () => {
    const r = repo({ 'etc/ssh/sshd_config': Buffer.alloc(17 * 1024 * 1024, 0x23) });
    const { code, out } = await run(['-f', 'compact'], r.dir);
    expect(code).toBe(0);
    expect(out).toBe('etc/ssh/sshd_config: warning file is larger than 16 MiB; skipped [sshlint]\n');
  });

  it('refuses a symlink that points outside the repository', async () => {
    const r = repo({});
    r.symlink('etc/ssh/sshd_config', '/etc/passwd');
    const { code, out } = await run(['--format', 'json'], r.dir);
    expect(code).toBe(0);
    expect(JSON.parse(out).notifications).toEqual([
      { level: 'warning', message: 'etc/ssh/sshd_config: the path leads outside the repository root (a symlink?) and is not read; skipped', file: 'etc/ssh/sshd_config' },
    ]);
  });

  it('reads a file with a BOM and CRLF line ends', async () => {
    const r = repo({ '.sshlint.yml': pluginConfig, 'etc/ssh/sshd_config': `\uFEFF${HEADER.replace('\n', '\r\n')}Port 22\r\n` });
    const { code, out } = await run([], r.dir);
    expect(code).toBe(0);
    expect(out).toBe('✔ no problems (1 file, 1 host)\n');
  });

  it('survives an Include loop', async () => {
    const r = repo({
      'etc/ssh/sshd_config': 'Include /etc/ssh/sshd_config.d/*.conf\nPort 22\n',
      'etc/ssh/sshd_config.d/a.conf': 'Include /etc/ssh/sshd_config\n',
    });
    const { code, err, out } = await run(['--format', 'json'], r.dir);
    expect([code, err]).toEqual([1, '']);
    // sshd itself refuses this config ("Too many recursive configuration includes"): a finding, not a hang or a crash.
    expect(JSON.parse(out).findings).toContainEqual(expect.objectContaining({ ruleId: 'sshd/config-invalid', location: expect.objectContaining({ file: 'etc/ssh/sshd_config' }) }));
  });

  it('warns about an explicitly named file it does not recognise', async () => {
    const r = repo({ 'notes.md': '# hello\n' });
    const { out } = await run(['notes.md'], r.dir);
    expect(out).toContain('notes.md: not a file sshlint recognises');
  });
});

describe('sshlint init', () => {
  it('writes a starter config that sshlint accepts, and refuses to overwrite it', async () => {
    const r = repo({ 'etc/ssh/sshd_config': 'Port 22\n' });
    expect((await run(['init'], r.dir)).code).toBe(0);
    expect(existsSync(path.join(r.dir, '.sshlint.yml'))).toBe(true);
    const again = await run(['init'], r.dir);
    expect([again.code, again.err]).toEqual([2, 'sshlint: .sshlint.yml already exists; not overwriting it\n']);
    expect((await run(['--rule', 'sshlint/unused-suppression=off'], r.dir)).code).not.toBe(2);
  });
});
