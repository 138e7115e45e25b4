/**
 * Whole-run goldens: every folder under fixtures/lint is an in-memory repo linted with its own .sshlint.yml
 * (or the defaults), printed by the stylish and json reporters. Update deliberately: `npx vitest run test/golden -u`,
 * then read the diff.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ruleDocsUrl } from '../../src/engine/docs.js';
import { lintFiles } from '../../src/engine/run.js';
import type { ReportMeta } from '../../src/reporters/index.js';
import { jsonReport, jsonReporter } from '../../src/reporters/json.js';
import { stylishReporter } from '../../src/reporters/stylish.js';

const ROOT = 'fixtures/lint';

function readTree(dir: string, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir).sort()) {
    const abs = path.join(dir, name);
    const rel = prefix ? `${prefix}/${name}` : name;
    if (statSync(abs).isDirectory()) Object.assign(out, readTree(abs, rel));
    else out[rel] = readFileSync(abs, 'utf8');
  }
  return out;
}

const meta: ReportMeta = { version: '0.0.0-golden', cwd: '/repo', repoRoot: '/repo', color: false, ruleDocs: () => undefined, docsUrl: ruleDocsUrl };

describe.each(readdirSync(ROOT).sort())('fixtures/lint/%s', (name) => {
  const files = readTree(path.join(ROOT, name));
  const { result } = lintFiles(files);

  it('runs cleanly', () => {
    expect(result.notifications.filter((n) => n.level === 'error')).toEqual([]);
    expect(result.executionSuccessful).toBe(true);
  });

  it('matches the stylish golden', async () => {
    await expect(stylishReporter(result, meta)).toMatchFileSnapshot(`./${name}.stylish.txt`);
  });

  it('matches the json golden (without the list of enabled rules, which grows with every new rule)', async () => {
    const { rules: _rules, ...report } = jsonReport(result, meta);
    await expect(`${JSON.stringify(report, null, 2)}\n`).toMatchFileSnapshot(`./${name}.json`);
  });

  it('gives byte-identical output on a second run', () => {
    expect(jsonReporter(lintFiles({ ...files }).result, meta)).toBe(jsonReporter(result, meta));
  });
});
