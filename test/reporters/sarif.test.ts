import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/model/finding.js';
import type { LintResult } from '../../src/engine/result.js';
import { buildSarif, createSarifReporter, findRepoRoot, sarifReporter } from '../../src/reporters/sarif.js';
import { FINGERPRINT_KEY } from '../../src/reporters/sarif/fingerprint.js';
import { FIXTURES, loadFixture } from './sarif-fixture.js';

const fixture = loadFixture('basic');
const sarifText = createSarifReporter({ repoRoot: fixture.repo })(fixture.result, fixture.meta);
const sarif = buildSarif(fixture.result, fixture.meta, { repoRoot: fixture.repo });
const run = sarif.runs[0];

/** The SARIF 2.1.0 JSON schema that ships with @microsoft/sarif-multitool (MIT), loaded, not copied. */
function sarifSchema(): object {
  const require = createRequire(import.meta.url);
  const file = path.join(path.dirname(require.resolve('@microsoft/sarif-multitool-linux/package.json')), 'sarif-2.1.0.json');
  return JSON.parse(readFileSync(file, 'utf8')) as object;
}

describe('SARIF reporter on fixtures/report/basic', () => {
  it('matches the golden file (checked by hand against SARIF 2.1.0 and GitHub code scanning)', async () => {
    await expect(sarifText).toMatchFileSnapshot(path.join(FIXTURES, 'basic', 'expected.sarif'));
  });

  it('validates against the SARIF 2.1.0 JSON schema', () => {
    // Formats are not checked: upload-sarif only warns on uri format errors; URIs are tested below.
    const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true });
    const validate = ajv.compile(sarifSchema());
    const ok = validate(JSON.parse(sarifText));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('the schema check can fail: a result without a message is rejected', () => {
    const ajv = new Ajv2020({ strict: false, validateFormats: false });
    const broken = JSON.parse(sarifText);
    delete broken.runs[0].results[0].message;
    expect(ajv.validate(sarifSchema(), broken)).toBe(false);
  });

  it('writes exactly one run with every enabled rule, derived from rule metadata', () => {
    expect(sarif.runs).toHaveLength(1);
    const rules = run.tool.driver.rules;
    expect(rules.map((r) => r.id)).toEqual(fixture.result.rules.map((r) => r.id));
    for (const rule of rules) {
      expect(rule.name).toMatch(/^[A-Z][A-Za-z0-9]*$/);
      expect(rule.shortDescription.text.length).toBeGreaterThan(0);
      expect(rule.fullDescription.text.length).toBeLessThanOrEqual(1024);
      expect(rule.help.text.length).toBeGreaterThan(0);
      expect(rule.help.markdown).toBeDefined();
      expect(rule.helpUri).toBe(`https://github.com/sshlint/sshlint/blob/main/rules/${rule.id}.md`);
    }
    const root = rules.find((r) => r.id === 'sshd/permit-root-login');
    expect(root?.defaultConfiguration.level).toBe('error');
    expect(root?.properties).toEqual({
      tags: ['security', 'cis', 'stig'],
      precision: 'very-high',
      'problem.severity': 'error',
      'security-severity': '8.1',
    });
    // From the doc's "What it does" section, on one line, Markdown marks removed.
    expect(root?.fullDescription.text).toMatch(/^Reports a PermitRootLogin value that lets root log in/);
    // A rule without the security tag never gets a security-severity.
    const lockout = rules.find((r) => r.id === 'host/port-mismatch');
    expect(lockout?.properties['security-severity']).toBeUndefined();
    expect(run.tool.driver).toMatchObject({ name: 'sshlint', version: '0.1.0', semanticVersion: '0.1.0' });
  });

  it('leaves suppressed findings out by default and points ruleIndex at the right rule', () => {
    expect(run.results.map((r) => r.ruleId)).toEqual([
      'sshd/weak-ciphers',
      'sshd/match-allows-forwarding',
      'host/port-mismatch',
      'sshd/permit-root-login',
      'sshd/password-authentication',
    ]);
    for (const r of run.results) expect(run.tool.driver.rules[r.ruleIndex]?.id).toBe(r.ruleId);
    expect(run.results.some((r) => r.suppressions)).toBe(false);
  });

  it('keeps suppressed findings with an inSource suppression when asked', () => {
    const all = buildSarif(fixture.result, fixture.meta, { repoRoot: fixture.repo, includeSuppressed: true }).runs[0];
    const suppressed = all.results.filter((r) => r.suppressions);
    expect(suppressed).toHaveLength(1);
    expect(suppressed[0]?.ruleId).toBe('sshd/max-auth-tries');
    expect(suppressed[0]?.suppressions).toEqual([{ kind: 'inSource', justification: 'the bastion retries keys in order' }]);
    // Including suppressed results does not change the others' fingerprints.
    const prints = (results: typeof run.results): string[] =>
      results.filter((r) => !r.suppressions).map((r) => r.partialFingerprints[FINGERPRINT_KEY] ?? '');
    expect(prints(all.results)).toEqual(prints(run.results));
  });

  it('writes repo-root-relative, percent-encoded URIs with %SRCROOT% and full regions', () => {
    const first = run.results[0]?.locations[0]?.physicalLocation;
    expect(first?.artifactLocation).toEqual({ uri: 'hosts/db%202/etc/ssh/sshd_config', uriBaseId: '%SRCROOT%' });
    expect(first?.region).toEqual({ startLine: 4, startColumn: 9, endLine: 4, endColumn: 19 });
    const multiLine = run.results[1]?.locations[0]?.physicalLocation.region;
    expect(multiLine).toEqual({ startLine: 6, startColumn: 1, endLine: 8, endColumn: 17 });
    const uris = JSON.stringify(sarif).match(/"uri": ?"[^"]*"/g) ?? [];
    expect(uris.length).toBeGreaterThan(0);
    for (const uri of uris) expect(uri).not.toMatch(/"uri": ?"(\.\/|\/|file:)/);
  });

  it('carries related locations for cross-file findings', () => {
    const mismatch = run.results.find((r) => r.ruleId === 'host/port-mismatch');
    expect(mismatch?.relatedLocations?.map((l) => [l.id, l.physicalLocation.artifactLocation.uri, l.physicalLocation.region?.startLine])).toEqual([
      [1, 'hosts/web1/etc/iptables/rules.v4', 8],
      [2, 'hosts/web1/etc/fail2ban/jail.local', 7],
    ]);
    expect(mismatch?.message.text).toBe(
      'sshd listens on port 2222 but the firewall accepts SSH only on port 22: clients will see "Connection timed out". Accept port 2222 in the firewall, or set Port 22.',
    );
  });

  it('reports notifications as tool execution notifications and tells the truth about success', () => {
    expect(run.invocations[0]?.executionSuccessful).toBe(true);
    expect(run.invocations[0]?.toolExecutionNotifications?.map((n) => [n.level, n.message.text])).toEqual([
      ['warning', 'Skipped a binary file.'],
      ['note', 'No firewall files were found for host db 2, so reachability was not checked.'],
    ]);
    const failed = buildSarif({ ...fixture.result, executionSuccessful: false }, fixture.meta, { repoRoot: fixture.repo });
    expect(failed.runs[0].invocations[0]?.executionSuccessful).toBe(false);
  });

  it('is deterministic: the same input gives byte-identical output, without timestamps', () => {
    const again = createSarifReporter({ repoRoot: fixture.repo })(loadFixture('basic').result, fixture.meta);
    expect(again).toBe(sarifText);
    expect(sarifText).not.toMatch(/TimeUtc"|"timestamp/i);
  });

  it('never writes primaryLocationLineHash (upload-sarif computes it)', () => {
    expect(sarifText).not.toContain('primaryLocationLineHash');
    for (const r of run.results) expect(r.partialFingerprints[FINGERPRINT_KEY]).toMatch(/^[0-9a-f]{32}:\d+$/);
  });

  it('writes automationDetails only when a category is given', () => {
    expect(run.automationDetails).toBeUndefined();
    const withCategory = buildSarif(fixture.result, fixture.meta, { repoRoot: fixture.repo, category: 'sshlint-prod' });
    expect(withCategory.runs[0].automationDetails).toEqual({ id: 'sshlint-prod/' });
  });

  it('writes a valid file with an empty results array when there are no findings', () => {
    const clean: LintResult = { ...fixture.result, findings: [], notifications: [] };
    const out = buildSarif(clean, fixture.meta, { repoRoot: fixture.repo }).runs[0];
    expect(out.results).toEqual([]);
    expect(out.tool.driver.rules.length).toBe(fixture.result.rules.length);
    expect(out.invocations[0]?.toolExecutionNotifications).toBeUndefined();
  });
});

describe('fingerprints', () => {
  const finding = (line: number, column = 1, endColumn = 20): Finding => ({
    ruleId: 'sshd/permit-root-login',
    messageId: 'rootLoginAllowed',
    severity: 'error',
    message: 'Root can log in over SSH',
    location: { file: 'etc/ssh/sshd_config', range: { start: { line, column }, end: { line, column: endColumn } } },
    related: [],
  });
  const resultWith = (findings: Finding[]): LintResult => ({ ...fixture.result, findings, notifications: [] });
  const printOf = (text: string, findings: Finding[]): string[] =>
    buildSarif(resultWith(findings), fixture.meta, { repoRoot: fixture.meta.cwd, readSource: () => text }).runs[0].results.map(
      (r) => r.partialFingerprints[FINGERPRINT_KEY] ?? '',
    );

  it('survive line shifts and re-indentation', () => {
    const before = printOf('Port 22\nPermitRootLogin yes\n', [finding(2)]);
    const after = printOf('# new header\n\nPort 22\n   PermitRootLogin   yes\n', [finding(4, 4, 25)]);
    expect(after).toEqual(before);
  });

  it('change when the offending line changes', () => {
    const yes = printOf('PermitRootLogin yes\n', [finding(1)]);
    const pw = printOf('PermitRootLogin without-password\n', [finding(1, 1, 33)]);
    expect(pw).not.toEqual(yes);
  });

  it('stay unique for identical findings', () => {
    const prints = printOf('PermitRootLogin yes\nPermitRootLogin yes\n', [finding(1), finding(2)]);
    expect(prints[0]?.split(':')[0]).toBe(prints[1]?.split(':')[0]);
    expect(new Set(prints).size).toBe(2);
  });
});

describe('repo root and URIs', () => {
  it('makes paths relative to the repo root when sshlint runs from a subfolder (monorepo)', () => {
    const sub = path.join(fixture.repo, 'hosts');
    const findings = fixture.result.findings.map((f) => ({
      ...f,
      location: { ...f.location, file: path.relative('hosts', f.location.file) },
      related: f.related.map((r) => ({ ...r, file: path.relative('hosts', r.file) })),
      fix: undefined,
    }));
    const out = buildSarif({ ...fixture.result, findings }, { ...fixture.meta, cwd: sub }, { repoRoot: fixture.repo }).runs[0];
    expect(out.results[0]?.locations[0]?.physicalLocation.artifactLocation.uri).toBe('hosts/db%202/etc/ssh/sshd_config');
    // Same content, so the same fingerprints as a run from the repo root.
    expect(out.results.map((r) => r.partialFingerprints[FINGERPRINT_KEY])).toEqual(
      run.results.map((r) => r.partialFingerprints[FINGERPRINT_KEY]),
    );
  });

  it('finds the root from the nearest .git, then GITHUB_WORKSPACE, then cwd', () => {
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'sshlint-root-'));
    try {
      const nested = path.join(tmp, 'repo', 'infra', 'hosts');
      mkdirSync(nested, { recursive: true });
      // No .git anywhere above a fresh temp dir: cwd, unless the workspace contains it.
      expect(findRepoRoot(nested, {})).toBe(nested);
      expect(findRepoRoot(nested, { GITHUB_WORKSPACE: path.join(tmp, 'repo') })).toBe(path.join(tmp, 'repo'));
      expect(findRepoRoot(nested, { GITHUB_WORKSPACE: path.join(tmp, 'elsewhere') })).toBe(nested);
      // A worktree's .git is a file; it wins over the workspace.
      writeFileSync(path.join(tmp, 'repo', 'infra', '.git'), 'gitdir: ../.git/worktrees/infra\n');
      expect(findRepoRoot(nested, {})).toBe(path.join(tmp, 'repo', 'infra'));
      expect(findRepoRoot(nested, { GITHUB_WORKSPACE: path.join(tmp, 'repo') })).toBe(path.join(tmp, 'repo', 'infra'));
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });

  it('encodes characters that would change a URI and writes file: URIs for files outside the root', () => {
    const outside: Finding = { ...fixture.result.findings[0]!, location: { ...fixture.result.findings[0]!.location, file: '../elsewhere/a#b?c:d.conf' } };
    const inside: Finding = { ...fixture.result.findings[0]!, location: { ...fixture.result.findings[0]!.location, file: 'we ird/a#b?c:d%.conf' } };
    const out = buildSarif({ ...fixture.result, findings: [inside, outside] }, fixture.meta, { repoRoot: fixture.repo }).runs[0];
    expect(out.results[0]?.locations[0]?.physicalLocation.artifactLocation).toEqual({
      uri: 'we%20ird/a%23b%3Fc%3Ad%25.conf',
      uriBaseId: '%SRCROOT%',
    });
    const far = out.results[1]?.locations[0]?.physicalLocation.artifactLocation;
    expect(far?.uri).toMatch(/^file:\/\/\/.*\/elsewhere\/a%23b%3Fc:d\.conf$/);
    expect(far?.uriBaseId).toBeUndefined();
  });

  it('the default reporter works without options', () => {
    const out = JSON.parse(sarifReporter(fixture.result, fixture.meta));
    expect(out.runs[0].results.length).toBe(5);
  });
});
