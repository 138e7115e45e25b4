import { describe, expect, it } from 'vitest';
import { defineRule } from '../../src/engine/define-rule.js';
import { lintFiles } from '../../src/engine/run.js';
import unusedSuppression from '../../rules/sshlint/unused-suppression.js';

/** Reports every line that starts with "bad" in every file of the host: enough to exercise the engine. */
const badLine = defineRule({
  id: 'host/bad-line',
  meta: {
    description: 'A line says bad',
    severity: 'warning',
    tags: ['style'],
    status: 'preview',
    presets: ['recommended'],
    references: [],
    precision: 'high',
  },
  messages: { bad: 'Line {{n}} says bad' },
  check(ctx) {
    for (const f of ctx.host.files) {
      f.text.split('\n').forEach((line, i) => {
        if (line.startsWith('bad'))
          ctx.report({ messageId: 'bad', data: { n: i + 1 }, at: { file: f.path, range: { start: { line: i + 1, column: 1 }, end: { line: i + 1, column: line.length + 1 } } } });
      });
    }
  },
});

const ruleSet = [badLine, unusedSuppression];

describe('lintFiles', () => {
  it('groups files into hosts by their etc/ folder and reports with host roots', () => {
    const { result } = lintFiles(
      {
        'hosts/web/etc/ssh/sshd_config': 'bad one\n',
        'hosts/db/etc/ssh/sshd_config': 'ok\nbad two\n',
        'standalone/edge.sshd_config': 'bad three\n',
        'README.md': 'bad not a config\n',
      },
      { ruleSet },
    );
    expect(result.hosts.map((h) => [h.root, h.name])).toEqual([
      ['hosts/db', 'db'],
      ['hosts/web', 'web'],
      ['standalone/edge.sshd_config', 'edge'],
    ]);
    expect(result.findings.map((f) => [f.location.file, f.location.range.start.line, f.host, f.message])).toEqual([
      ['hosts/db/etc/ssh/sshd_config', 2, 'hosts/db', 'Line 2 says bad'],
      ['hosts/web/etc/ssh/sshd_config', 1, 'hosts/web', 'Line 1 says bad'],
      ['standalone/edge.sshd_config', 1, 'standalone/edge.sshd_config', 'Line 1 says bad'],
    ]);
    expect(result.files).toEqual(['hosts/db/etc/ssh/sshd_config', 'hosts/web/etc/ssh/sshd_config', 'standalone/edge.sshd_config']);
  });

  it('keeps suppressed findings with their reason and reports unused suppressions', () => {
    const { result } = lintFiles(
      {
        'etc/ssh/sshd_config': [
          '# sshlint-disable-next-line host/bad-line -- legacy box',
          'bad a',
          '# sshlint-disable-next-line host/bad-line',
          'fine',
          '# sshlint-disable-next-line host/nope',
          'bad b',
        ].join('\n'),
      },
      { ruleSet },
    );
    const view = result.findings.map((f) => [f.ruleId, f.location.range.start.line, f.location.range.start.column, f.suppressed?.reason ?? null, f.messageId]);
    expect(view).toEqual([
      ['host/bad-line', 2, 1, 'legacy box', 'bad'],
      ['sshlint/unused-suppression', 3, 29, null, 'unused'],
      ['sshlint/unused-suppression', 5, 29, null, 'unknownRule'],
      ['host/bad-line', 6, 1, null, 'bad'],
    ]);
  });

  it('is deterministic: the same input gives the same result', () => {
    const files = { 'a/etc/ssh/sshd_config': 'bad\nbad\n', 'b/etc/ssh/sshd_config': 'bad\n' };
    expect(JSON.stringify(lintFiles(files, { ruleSet }).result)).toBe(JSON.stringify(lintFiles({ ...files }, { ruleSet }).result));
  });

  it('turns a crashing rule into an error notification', () => {
    const crash = defineRule({ ...badLine, id: 'host/crash', check: () => { throw new Error('boom'); } });
    const { result } = lintFiles({ 'etc/ssh/sshd_config': 'x\n' }, { ruleSet: [crash], config: { extends: [], rules: { 'host/crash': 'error' } } });
    expect(result.executionSuccessful).toBe(false);
    expect(result.notifications.map((n) => n.message)).toEqual(['internal error in rule host/crash on host .: boom']);
  });
});

describe('an empty run', () => {
  it('warns that nothing was found', () => {
    const { result } = lintFiles({ 'README.md': '# infra\n' });
    expect(result.notifications).toEqual([
      { level: 'warning', message: 'no sshd, firewall or fail2ban files found (see docs/cli.md for the names sshlint looks for)' },
    ]);
    expect(result.executionSuccessful).toBe(true);
  });
});
