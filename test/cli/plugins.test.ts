import { cpSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { captureIo } from '../helpers/io.js';
import type { TempRepo } from '../helpers/repo.js';
import { EXAMPLE_PLUGIN, tempRepo } from '../helpers/repo.js';

let repos: TempRepo[] = [];
afterEach(() => {
  for (const r of repos) r.remove();
  repos = [];
});

async function run(args: string[], files: Record<string, string>) {
  const r = tempRepo(files);
  repos.push(r);
  const io = captureIo(r.dir);
  const code = await main(args, io);
  return { code, out: io.out(), err: io.err(), dir: r.dir };
}

const ZOD = JSON.stringify(path.resolve('node_modules/zod/index.js'));

/** A plugin module written into the temp repo; `rules` is JS source for the rules array. */
function plugin(rules: string, name = 'acme'): string {
  return `import { z } from ${ZOD};\nconst meta = { description: 'Test', severity: 'warning', tags: [], status: 'stable', presets: ['recommended'], references: [], precision: 'high' };\nexport default { name: '${name}', rules: ${rules} };\nvoid z;\n`;
}

describe('plugins', () => {
  it('runs the worked example plugin from a path relative to the config, with options from .sshlint.yml', async () => {
    const r = tempRepo({
      '.sshlint.yml': "extends: []\nplugins: ['./tools/acme']\nrules:\n  acme/managed-header: [error, { pattern: '^# Managed by Ansible' }]\n",
      'hosts/a/etc/ssh/sshd_config': '# Managed by Puppet\nPort 22\n',
      'hosts/b/etc/ssh/sshd_config': '# Managed by Ansible\nPort 22\n',
    });
    repos.push(r);
    cpSync(EXAMPLE_PLUGIN, path.join(r.dir, 'tools/acme'), { recursive: true });
    r.symlink('node_modules/zod', path.resolve('node_modules/zod')); // the plugin's peer dependency
    const io = captureIo(r.dir);
    const code = await main(['-f', 'json'], io);
    expect(io.err()).toBe('');
    expect(code).toBe(1);
    const json = JSON.parse(io.out());
    expect(json.findings.map((f: { ruleId: string; location: { file: string }; severity: string }) => [f.ruleId, f.location.file, f.severity])).toEqual([
      ['acme/managed-header', 'hosts/a/etc/ssh/sshd_config', 'error'],
    ]);

    const explain = captureIo(r.dir);
    expect(await main(['explain', 'acme/managed-header'], explain)).toBe(0);
    expect(explain.out()).toMatch(/^# acme\/managed-header\n/);

    const list = captureIo(r.dir);
    expect(await main(['rules', '--format', 'json'], list)).toBe(0);
    expect(JSON.parse(list.out()).find((x: { id: string }) => x.id === 'acme/managed-header')).toMatchObject({ level: 'error', status: 'stable' });

    const skipped = captureIo(r.dir);
    expect(await main(['--no-plugins', '--config', path.join(r.dir, '.sshlint.yml')], skipped)).toBe(2); // its rules are now unknown
    expect(skipped.err()).toContain('unknown rule "acme/managed-header"');
  });

  it.each([
    ['cannot be found', "plugins: ['./nope']\n", {}, '.sshlint.yml:1:11: plugin "./nope": cannot be found'],
    ['throws on import', "plugins: ['./p.js']\n", { 'p.js': 'throw new Error("kaput");\n' }, 'plugin "./p.js": cannot be loaded: kaput'],
    ['exports no plugin', "plugins: ['./p.js']\n", { 'p.js': 'export default 42;\n' }, 'its default export is not a plugin'],
    ['uses a reserved name', "plugins: ['./p.js']\n", { 'p.js': plugin("[{ id: 'sshd/x', meta, messages: { m: 'm' }, check() {} }]", 'sshd') }, 'reserved for built-in rules'],
    ['has an id outside its namespace', "plugins: ['./p.js']\n", { 'p.js': plugin("[{ id: 'other/x', meta, messages: { m: 'm' }, check() {} }]") }, 'rules[0] is not a valid rule: id: rule ids must be "acme/<name>"'],
    ['has a rule without check', "plugins: ['./p.js']\n", { 'p.js': plugin("[{ id: 'acme/x', meta, messages: { m: 'm' } }]") }, 'rules[0] is not a valid rule: check: check must be a function'],
    ['has a rule with bad meta', "plugins: ['./p.js']\n", { 'p.js': plugin("[{ id: 'acme/x', meta: { ...meta, severity: 'fatal' }, messages: { m: 'm' }, check() {} }]") }, 'rules[0] is not a valid rule: meta.severity'],
  ])('rejects a plugin that %s (exit 2)', async (_name, config, extra, message) => {
    const { code, err } = await run([], { '.sshlint.yml': config, 'etc/ssh/sshd_config': 'Port 22\n', ...extra });
    expect(code).toBe(2);
    expect(err).toContain(message);
  });

  it('turns a plugin rule that throws into an internal-error notification and exit 2', async () => {
    const { code, out } = await run([], {
      '.sshlint.yml': "plugins: ['./p.js']\n",
      'p.js': plugin("[{ id: 'acme/boom', meta, messages: { m: 'm' }, check() { throw new Error('bug'); } }]"),
      'etc/ssh/sshd_config': 'PermitRootLogin no\nPasswordAuthentication no\nKbdInteractiveAuthentication no\n',
    });
    expect(code).toBe(2);
    expect(out).toContain('internal error in rule acme/boom on host .: bug');
  });

  it('resolves an npm package from node_modules above the config', async () => {
    const r = tempRepo({ '.sshlint.yml': "extends: []\nplugins: ['sshlint-plugin-acme']\nrules:\n  acme/managed-header: error\n", 'etc/ssh/sshd_config': 'Port 22\n' });
    repos.push(r);
    cpSync(EXAMPLE_PLUGIN, path.join(r.dir, 'node_modules/sshlint-plugin-acme'), { recursive: true });
    r.symlink('node_modules/zod', path.resolve('node_modules/zod'));
    const io = captureIo(r.dir);
    expect(await main(['-f', 'compact'], io)).toBe(1);
    expect(io.out()).toContain('[acme/managed-header]');
  });
});
