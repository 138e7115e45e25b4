import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ConfigError, parseConfigText } from '../../src/engine/config.js';
import { defineRule } from '../../src/engine/define-rule.js';
import type { PresetName } from '../../src/engine/define-rule.js';
import { resolveConfig } from '../../src/engine/resolve.js';

const makeRule = (id: string, presets: PresetName[], options?: z.ZodType) =>
  defineRule({
    id,
    meta: { description: 'Test', severity: 'warning', tags: [], status: 'stable', presets, references: [], precision: 'high' },
    ...(options ? { options } : {}),
    messages: { m: 'm' },
    check: () => undefined,
  });

const tries = makeRule('sshd/max-auth-tries', ['strict', 'cis'], z.object({ max: z.number().int().min(1).default(4) }));
const root = makeRule('sshd/permit-root-login', ['recommended']);
const audit = makeRule('sshd/log-level', ['stig']);
const rules = [tries, root, audit];

function errorOf(text: string, known = rules): ConfigError {
  try {
    resolveConfig(parseConfigText(text, '.sshlint.yml', ''), known);
  } catch (err) {
    if (err instanceof ConfigError) return err;
    throw err;
  }
  throw new Error('expected a ConfigError');
}

describe('.sshlint.yml errors carry file, line and column', () => {
  it.each([
    ['invalid YAML', 'rules:\n  a: [b\n', '.sshlint.yml:3:1: invalid YAML'],
    ['an unknown top-level key', 'extends: [recommended]\nrulez: {}\n', '.sshlint.yml:2:1: unknown key "rulez"'],
    ['an unknown level', 'rules:\n  sshd/permit-root-login: warn\n', '.sshlint.yml:2:27: rules.sshd/permit-root-login:'],
    ['an unknown rule, with a suggestion', 'rules:\n  permit-root-login: error\n', '.sshlint.yml:2:3: unknown rule "permit-root-login" (did you mean "sshd/permit-root-login"?)'],
    ['options that fail the rule schema', 'rules:\n  sshd/max-auth-tries: [warning, { max: 0 }]\n', '.sshlint.yml:2:41: sshd/max-auth-tries: max:'],
    ['options of an option-less rule', 'rules:\n  sshd/permit-root-login: [error, { x: 1 }]\n', '.sshlint.yml:2:35: sshd/permit-root-login: this rule takes no options'],
    ['an unknown preset', 'extends: paranoid\n', '.sshlint.yml:1:10: extends:'],
    ['a bad override', 'overrides:\n  - files: ["a/**"]\n    rules:\n      nope/nope: off\n', '.sshlint.yml:4:7: unknown rule "nope/nope"'],
  ])('%s', (_name, text, expected) => {
    expect(errorOf(text).message.startsWith(expected), errorOf(text).message).toBe(true);
  });
});

describe('resolveConfig', () => {
  const resolve = (text: string, cli = {}) => resolveConfig(parseConfigText(text, '.sshlint.yml', ''), rules, cli);
  const ids = (text: string, cli = {}) => resolve(text, cli).settingsFor('', []).rules.map((r) => `${r.rule.id}=${r.severity}`);

  it('enables the recommended preset by default; strict includes recommended; [] starts from nothing', () => {
    expect(ids('')).toEqual(['sshd/permit-root-login=warning']);
    expect(ids('extends: strict\n')).toEqual(['sshd/max-auth-tries=warning', 'sshd/permit-root-login=warning']);
    expect(ids('extends: [stig]\n')).toEqual(['sshd/log-level=warning']);
    expect(ids('extends: []\n')).toEqual([]);
  });

  it('leaves deprecated rules off unless named', () => {
    const old = { ...makeRule('sshd/old-thing', ['recommended']), meta: { ...root.meta, status: 'deprecated' as const } };
    const r = (text: string) => resolveConfig(parseConfigText(text, '.sshlint.yml', ''), [...rules, old]).settingsFor('', []).rules.map((x) => x.rule.id);
    expect(r('')).toEqual(['sshd/permit-root-login']);
    expect(r('rules:\n  sshd/old-thing: note\n')).toEqual(['sshd/old-thing', 'sshd/permit-root-login']);
  });

  it('applies rules, then --rule, and keeps options when only the level changes', () => {
    const r = resolve('extends: []\nrules:\n  sshd/max-auth-tries: [error, { max: 2 }]\n', { rules: { 'sshd/max-auth-tries': 'note' } });
    expect(r.settingsFor('', []).rules.map((x) => [x.rule.id, x.severity, x.options])).toEqual([['sshd/max-auth-tries', 'note', { max: 2 }]]);
  });

  it('fills option defaults from the rule schema', () => {
    expect(resolve('extends: [cis]\n').settingsFor('', []).rules[0]?.options).toEqual({ max: 4 });
  });

  it('applies overrides to hosts whose folder or files match, later entries winning', () => {
    const r = resolve(
      'target: ubuntu-24.04\noverrides:\n  - files: ["hosts/db*"]\n    target: rhel-9\n    rules:\n      sshd/permit-root-login: error\n  - files: ["**/legacy.sshd_config"]\n    rules:\n      sshd/permit-root-login: off\n',
    );
    expect(r.settingsFor('hosts/db1', ['hosts/db1/etc/ssh/sshd_config'])).toMatchObject({ target: 'rhel-9', rules: [{ severity: 'error' }] });
    expect(r.settingsFor('x/legacy.sshd_config', ['x/legacy.sshd_config']).rules).toEqual([]);
    expect(r.settingsFor('hosts/web', []).target).toBe('ubuntu-24.04');
    expect(r.enabledRules.map((x) => x.id)).toEqual(['sshd/permit-root-login']);
  });

  it('takes the target from a matching override, else --target, else the file, else debian-12', () => {
    expect(resolve('').settingsFor('', []).target).toBe('debian-12');
    expect(resolve('target: rhel-9\n').settingsFor('', []).target).toBe('rhel-9');
    expect(resolve('target: rhel-9\n', { target: 'upstream' }).settingsFor('', []).target).toBe('upstream');
    expect(() => resolve('', { target: 'windows-11' })).toThrow(/unknown target "windows-11"/);
  });

  it('matches include/exclude and sshd names relative to the config folder', () => {
    const r = resolveConfig(parseConfigText('include: ["hosts/**"]\nexclude: ["hosts/old/**"]\nsshd:\n  files: ["**/*.sshd"]\n', 'infra/.sshlint.yml', 'infra'), rules);
    expect(['infra/hosts/a/etc/ssh/sshd_config', 'infra/hosts/old/x', 'other/hosts/a'].map(r.selects)).toEqual([true, false, false]);
    expect(r.isSshdName('infra/x/web.sshd')).toBe(true);
  });
});
