import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineRule, type RuleMeta } from '../../src/engine/define-rule.js';
import type { LintResult } from '../../src/engine/result.js';

export const FIXTURES = fileURLToPath(new URL('../../fixtures/report/', import.meta.url));

export const DOCS_BASE = 'https://github.com/sshlint/sshlint/blob/main/rules/';

interface FixtureJson extends Omit<LintResult, 'rules'> {
  readonly rules: readonly { readonly id: string; readonly meta: RuleMeta }[];
}

/** A hand-made LintResult from fixtures/report/<name>/result.json; rules get a no-op check. */
export function loadFixture(name: string): {
  result: LintResult;
  repo: string;
  meta: { version: string; cwd: string; color: boolean; ruleDocs(id: string): string | undefined; docsUrl(id: string): string };
} {
  const dir = path.join(FIXTURES, name);
  const json = JSON.parse(readFileSync(path.join(dir, 'result.json'), 'utf8')) as FixtureJson;
  const rules = json.rules.map(({ id, meta }) => defineRule({ id, meta, messages: {}, check() {} }));
  const repo = path.join(dir, 'repo');
  return {
    result: { ...json, rules },
    repo,
    meta: {
      version: '0.1.0',
      cwd: repo,
      color: false,
      ruleDocs: (id) => {
        const file = path.join(dir, 'docs', `${id}.md`);
        return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
      },
      docsUrl: (id) => `${DOCS_BASE}${id}.md`,
    },
  };
}
