import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderSummary, type SummaryInput } from '../../src/action/summary.js';
import { failureReason } from '../../src/action/fail-on.js';
import { countBySeverity } from '../../src/reporters/github.js';
import { FIXTURES, loadFixture } from '../reporters/sarif-fixture.js';

const fixture = loadFixture('basic');
const input: SummaryInput = {
  result: fixture.result,
  counts: countBySeverity(fixture.result),
  failOn: 'error',
  failed: true,
  repoPath: (file) => file,
  docsUrl: (id) => `https://github.com/sshlint/sshlint/blob/main/rules/${id}.md`,
  fileUrl: (file, line) => `https://github.com/acme/infra/blob/0123abc/${file.replace(/ /g, '%20')}#L${line}`,
  sarifFile: 'sshlint.sarif',
  notAnnotated: 0,
};
const md = renderSummary(input);

describe('job summary', () => {
  it('matches the golden file', async () => {
    await expect(md).toMatchFileSnapshot(path.join(FIXTURES, 'basic', 'expected-summary.md'));
  });

  it('shows totals per severity and the suppressed count', () => {
    expect(md).toContain('| 🔴 error | 2 |');
    expect(md).toContain('| 🟡 warning | 2 |');
    expect(md).toContain('| 🔵 note | 1 |');
    expect(md).toContain('| suppressed inline | 1 |');
  });

  it('has a host matrix where ✓ always means good', () => {
    // web1: unreachable, port mismatch, root and password login enabled, fail2ban active.
    expect(md).toContain('| web1 | hosts/web1 | debian-12 | ✗ | ✗ | ✗ | ✗ | ✓ |');
    expect(md).toContain('| db 2 | hosts/db 2 | debian-12 | ? | ✓ | ✗ | ✓ | ✗ |');
  });

  it('lists every unsuppressed finding with links to the rule doc and the line, most severe first', () => {
    const rows = md.split('\n').filter((l) => /^\| (🔴|🟡|🔵) \| /.test(l));
    expect(rows).toHaveLength(5);
    expect(rows[0]).toContain('[`hosts/web1/etc/ssh/sshd_config:4`](https://github.com/acme/infra/blob/0123abc/hosts/web1/etc/ssh/sshd_config#L4)');
    expect(rows[0]).toContain('[`host/port-mismatch`](https://github.com/sshlint/sshlint/blob/main/rules/host/port-mismatch.md)');
    expect(rows.at(-1)).toMatch(/^\| 🔵 /);
    expect(md).not.toContain('MaxAuthTries 10 gives');
  });

  it('has one row per rule, worst first, and what to do next', () => {
    const ruleRows = md.split('\n').filter((l) => l.startsWith('| [`'));
    expect(ruleRows.map((l) => /`([^`]+)`/.exec(l)?.[1])).toEqual([
      'host/port-mismatch',
      'sshd/permit-root-login',
      'sshd/password-authentication',
      'sshd/weak-ciphers',
      'sshd/match-allows-forwarding',
    ]);
    expect(md).toContain('### What to do next');
  });

  it('escapes table cells', () => {
    const evil = { ...fixture.result.findings[2]!, message: 'a | b <script>\nc' };
    const out = renderSummary({ ...input, result: { ...fixture.result, findings: [evil] }, counts: { error: 1, warning: 0, note: 0 } });
    expect(out).toContain('a \\| b &lt;script&gt; c');
  });

  it('says so when there is nothing to fix, and when sshlint could not check everything', () => {
    const clean = renderSummary({ ...input, result: { ...fixture.result, findings: [], notifications: [] }, counts: { error: 0, warning: 0, note: 0 }, failed: false });
    expect(clean).toContain('✅ **No findings** in 4 files on 2 hosts.');
    expect(clean).not.toContain('### Findings');
    const broken = renderSummary({ ...input, result: { ...fixture.result, executionSuccessful: false } });
    expect(broken).toContain('❌ **sshlint could not check everything**');
  });
});

describe('fail-on', () => {
  const counts = { error: 0, warning: 2, note: 1 };
  it('is inclusive of more severe levels', () => {
    expect(failureReason(counts, 'error')).toBeUndefined();
    expect(failureReason(counts, 'warning')).toBe('sshlint found 2 warnings (fail-on: warning)');
    expect(failureReason(counts, 'note')).toBe('sshlint found 2 warnings, 1 note (fail-on: note)');
    expect(failureReason({ error: 1, warning: 0, note: 0 }, 'never')).toBeUndefined();
    expect(failureReason({ error: 1, warning: 0, note: 0 }, 'note')).toBe('sshlint found 1 error (fail-on: note)');
  });
});
