import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/model/finding.js';
import {
  annotationPosition,
  buildAnnotations,
  capAnnotations,
  createGithubReporter,
  escapeData,
  escapeProperty,
  githubReporter,
  workflowCommand,
} from '../../src/reporters/github.js';
import { range } from '../../src/model/position.js';
import { FIXTURES, loadFixture } from './sarif-fixture.js';

const fixture = loadFixture('basic');
const output = createGithubReporter({ repoRoot: fixture.repo })(fixture.result, fixture.meta);

describe('github reporter on fixtures/report/basic', () => {
  it('matches the golden file (checked by hand against GitHub workflow-command syntax)', async () => {
    await expect(output).toMatchFileSnapshot(path.join(FIXTURES, 'basic', 'expected.github.txt'));
  });

  it('puts the most severe first, skips suppressed findings and ends with the totals', () => {
    const levels = output
      .split('\n')
      .filter((l) => l.startsWith('::'))
      .map((l) => l.slice(2, l.indexOf(' ')));
    expect(levels).toEqual(['error', 'error', 'warning', 'warning', 'warning', 'notice', 'notice']);
    expect(output).not.toContain('max-auth-tries');
    expect(output.trimEnd().split('\n').at(-1)).toBe('sshlint: 2 errors, 2 warnings, 1 note');
  });

  it('writes one-line findings with file, line and columns (end column inclusive)', () => {
    expect(output).toContain(
      '::error title=sshd/permit-root-login%3A Root can log in over SSH,file=hosts/web1/etc/ssh/sshd_config,line=11,endLine=11,col=1,endColumn=19::Root can log in over SSH: a guessed or stolen credential gives full control of the host.',
    );
  });

  it('drops the columns of a range that spans lines (the runner would silently drop the annotation)', () => {
    const match = output.split('\n').find((l) => l.includes('match-allows-forwarding'));
    expect(match).toContain('file=hosts/db 2/etc/ssh/sshd_config,line=6,endLine=8::');
    expect(match).not.toMatch(/col=|endColumn=/);
  });

  it('the default reporter works without options', () => {
    expect(githubReporter(fixture.result, fixture.meta)).toContain('::error ');
  });
});

describe('annotation details', () => {
  it('escapes data and properties the way the runner decodes them', () => {
    expect(escapeData('50% done\r\nnext')).toBe('50%25 done%0D%0Anext');
    expect(escapeProperty('a:b,c%')).toBe('a%3Ab%2Cc%25');
    expect(workflowCommand({ level: 'warning', title: 't, x', message: 'm: 1,2', file: 'a b/c', startLine: 3, endLine: 3 })).toBe(
      '::warning title=t%2C x,file=a b/c,line=3,endLine=3::m: 1,2',
    );
  });

  it('keeps columns only on one line, and never lets endColumn fall below col', () => {
    expect(annotationPosition(range(3, 2, 5, 4))).toEqual({ startLine: 3, endLine: 5 });
    expect(annotationPosition(range(3, 2, 3, 2))).toEqual({ startLine: 3, endLine: 3, startColumn: 2, endColumn: 2 });
    // A whole-line range that ends at column 1 of the next line stays on one line.
    expect(annotationPosition(range(3, 1, 4, 1))).toEqual({ startLine: 3, endLine: 3, startColumn: 1 });
    expect(annotationPosition(range(0, 0, 0, 0))).toEqual({ startLine: 1, endLine: 1, startColumn: 1, endColumn: 1 });
  });

  it('caps at 10 per level and prints the rest as plain lines', () => {
    const base = fixture.result.findings[3]!;
    const many: Finding[] = Array.from({ length: 12 }, (_, i) => ({
      ...base,
      location: { ...base.location, range: range(i + 1, 1, i + 1, 5) },
    }));
    const text = createGithubReporter({ repoRoot: fixture.repo })({ ...fixture.result, findings: many, notifications: [] }, fixture.meta);
    const lines = text.trimEnd().split('\n');
    expect(lines.filter((l) => l.startsWith('::error '))).toHaveLength(10);
    expect(lines).toContain('2 more problems not annotated (GitHub shows 10 per level and step):');
    expect(lines).toContain(
      'hosts/web1/etc/ssh/sshd_config:12:1: error sshd/permit-root-login: Root can log in over SSH: Root can log in over SSH: a guessed or stolen credential gives full control of the host.',
    );
    const { shown, hidden } = capAnnotations(buildAnnotations({ ...fixture.result, findings: many }, fixture.meta, { repoRoot: fixture.repo }), 3);
    expect(shown.map((a) => a.level)).toEqual(['error', 'error', 'error', 'warning', 'notice']);
    expect(hidden).toHaveLength(9);
  });

  it('takes a limit per level', () => {
    const all = buildAnnotations(fixture.result, fixture.meta, { repoRoot: fixture.repo });
    const { shown, hidden } = capAnnotations(all, { error: 1, warning: 0, notice: 2 });
    expect(shown.map((a) => a.level)).toEqual(['error', 'notice', 'notice']);
    expect(hidden.map((a) => a.level)).toEqual(['error', 'warning', 'warning', 'warning']);
  });

  it('makes paths relative to the repo root when run from a subfolder', () => {
    const sub = path.join(fixture.repo, 'hosts', 'web1');
    const finding = { ...fixture.result.findings[3]!, location: { ...fixture.result.findings[3]!.location, file: 'etc/ssh/sshd_config' } };
    const [a] = buildAnnotations({ ...fixture.result, findings: [finding], notifications: [] }, { cwd: sub }, { repoRoot: fixture.repo });
    expect(a?.file).toBe('hosts/web1/etc/ssh/sshd_config');
  });
});
