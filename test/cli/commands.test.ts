import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { main } from '../../src/cli/main.js';
import type { CliIo } from '../../src/cli/io.js';
import { captureIo } from '../helpers/io.js';
import { tempRepo } from '../helpers/repo.js';

describe('sshlint rules', () => {
  it('lists every built-in rule with level, status, presets, tags and docs link', async () => {
    const io = captureIo();
    expect(await main(['rules'], io)).toBe(0);
    for (const r of builtinRules) expect(io.out()).toContain(r.id);
    expect(io.out()).toMatch(/sshlint\/unused-suppression\s+warning\s+stable\s+recommended,strict,cis,stig,devsec \/ correctness/);
  });

  it('--format json gives one object per rule, in id order', async () => {
    const io = captureIo();
    expect(await main(['rules', '--format', 'json'], io)).toBe(0);
    const rows = JSON.parse(io.out()) as { id: string; docsUrl: string; level: string }[];
    expect(rows.map((r) => r.id)).toEqual(builtinRules.map((r) => r.id).sort());
    expect(rows.find((r) => r.id === 'sshlint/unused-suppression')).toMatchObject({
      level: 'warning',
      docsUrl: 'https://github.com/sshlint/sshlint/blob/main/rules/sshlint/unused-suppression.md',
    });
  });

  it('--format markdown prints the rules index (docs/rules.md; test/meta checks the file is current)', async () => {
    const io = captureIo();
    expect(await main(['rules', '--format', 'markdown'], io)).toBe(0);
    expect(io.out()).toMatch(/^# Rules\n/);
    for (const r of builtinRules) expect(io.out()).toContain(`| [${r.id}](../rules/${r.id}.md) |`);
  });

  it('shows levels under the configuration in effect', async () => {
    const r = tempRepo({ '.sshlint.yml': 'extends: []\nrules:\n  sshlint/unused-suppression: error\n' });
    try {
      const io = captureIo(r.dir);
      expect(await main(['rules', '-f', 'json'], io)).toBe(0);
      const rows = JSON.parse(io.out()) as { id: string; level: string }[];
      expect(rows.filter((x) => x.level !== 'off').map((x) => `${x.id}=${x.level}`)).toEqual(['sshlint/unused-suppression=error']);
    } finally {
      r.remove();
    }
  });

  it('rejects an unknown format', async () => {
    const io = captureIo();
    expect(await main(['rules', '--format', 'xml'], io)).toBe(2);
  });
});

describe('sshlint explain', () => {
  it('prints the rule doc', async () => {
    const io = captureIo();
    expect(await main(['explain', 'sshlint/unused-suppression'], io)).toBe(0);
    expect(io.out()).toBe(readFileSync('rules/sshlint/unused-suppression.md', 'utf8'));
  });

  it('suggests close names for an unknown rule, and needs exactly one id', async () => {
    const io = captureIo();
    expect(await main(['explain', 'unused-suppression'], io)).toBe(2);
    expect(io.err()).toBe('sshlint: unknown rule "unused-suppression" (did you mean sshlint/unused-suppression?)\n');
    expect(await main(['explain'], captureIo())).toBe(2);
    expect(await main(['explain', 'a/b', 'c/d'], captureIo())).toBe(2);
  });
});

describe('internal errors', () => {
  const failingIo = (): CliIo & { err: () => string } => {
    const base = captureIo(process.cwd());
    return { ...base, stdout: { write: () => { throw new Error('disk full'); } }, err: base.err };
  };

  it('print one line and exit 2, with the stack only under --debug', async () => {
    const quiet = failingIo();
    expect(await main(['rules'], quiet)).toBe(2);
    expect(quiet.err()).toBe('sshlint: internal error: disk full (run with --debug for details)\n');
    const loud = failingIo();
    expect(await main(['rules', '--debug'], loud)).toBe(2);
    expect(loud.err()).toMatch(/^sshlint: internal error: disk full\nError: disk full\n\s+at /);
  });
});
