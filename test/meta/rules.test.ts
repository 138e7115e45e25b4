import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { RULE_FAMILIES } from '../../src/engine/define-rule.js';
import type { RuleDefinition } from '../../src/engine/define-rule.js';
import { PRESET_NAMES, PRESET_OVERRIDES } from '../../src/engine/presets.js';
import { lintFiles } from '../../src/engine/run.js';
import type { LintFilesOptions } from '../../src/engine/run.js';
import { DOC_HEADINGS, EXAMPLE_KINDS, exampleRepo, examples, headings } from './rule-docs.js';

const ids = builtinRules.map((r) => r.id);

function ruleFiles(): string[] {
  const out: string[] = [];
  for (const family of RULE_FAMILIES) {
    const dir = `rules/${family}`;
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir)) if (name.endsWith('.ts') && name !== 'index.ts') out.push(`${family}/${name.slice(0, -3)}`);
  }
  return out.sort();
}

describe('rule registry', () => {
  it('has unique ids', () => {
    const dupes = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(dupes, 'rule ids must be unique').toEqual([]);
  });

  it('registers every rule file, and every registered rule has a file', () => {
    const files = ruleFiles();
    const unregistered = files.filter((f) => !ids.includes(f)).map((f) => `rules/${f}.ts is not registered (or its id is not "${f}"): import it in rules/${f.split('/')[0]}/index.ts`);
    const fileless = ids.filter((id) => !files.includes(id)).map((id) => `rule ${id} has no file rules/${id}.ts (the id must match the file path)`);
    expect([...unregistered, ...fileless]).toEqual([]);
  });

  it('keeps each family index sorted by id', () => {
    for (const family of RULE_FAMILIES) {
      const list = ids.filter((id) => id.startsWith(`${family}/`));
      expect(list, `rules/${family}/index.ts: sort the array by id`).toEqual([...list].sort());
    }
  });

  it('has a doc and a test for every rule', () => {
    const missing: string[] = [];
    for (const id of ids) {
      if (!existsSync(`rules/${id}.md`)) missing.push(`rule ${id} has no doc: create rules/${id}.md from rules/TEMPLATE.md`);
      const testPath = `test/rules/${id}.test.ts`;
      if (!existsSync(testPath)) missing.push(`rule ${id} has no test: create ${testPath} using testRule from test/helpers/rule-tester.ts`);
      else {
        const test = readFileSync(testPath, 'utf8');
        if (!test.includes(`rules/${id}.js'`) || !test.includes('testRule(')) missing.push(`${testPath} must import rules/${id}.js and run it with testRule`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('has no doc without a rule', () => {
    const orphans: string[] = [];
    for (const family of RULE_FAMILIES) {
      const dir = `rules/${family}`;
      if (!existsSync(dir)) continue;
      for (const name of readdirSync(dir)) {
        if (name.endsWith('.md') && !ids.includes(`${family}/${name.slice(0, -3)}`)) orphans.push(`rules/${family}/${name} documents no registered rule`);
      }
    }
    expect(orphans).toEqual([]);
  });

  it('keeps preset option overrides valid and pointing at registered rules', () => {
    const problems: string[] = [];
    for (const preset of PRESET_NAMES) {
      for (const [id, setting] of Object.entries(PRESET_OVERRIDES[preset])) {
        const rule = builtinRules.find((r) => r.id === id);
        if (!rule) {
          problems.push(`src/engine/presets.ts: preset ${preset} overrides unknown rule ${id}`);
          continue;
        }
        if (!rule.meta.presets.includes(preset)) problems.push(`src/engine/presets.ts: preset ${preset} tunes ${id}, which is not in that preset (add '${preset}' to its meta.presets or drop the entry)`);
        if (setting.options !== undefined) {
          const parsed = rule.options?.safeParse(setting.options);
          if (!parsed?.success) problems.push(`src/engine/presets.ts: preset ${preset} gives ${id} invalid options`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});

describe.each(builtinRules.map((r) => [r.id, r] as [string, RuleDefinition]))('%s', (id, rule) => {
  it('has sane metadata', () => {
    const m = rule.meta;
    const problems: string[] = [];
    if (!/^[A-Z]/.test(m.description)) problems.push('meta.description starts with a capital letter');
    if (/\.\s*$/.test(m.description)) problems.push('meta.description has no trailing period');
    if (m.description.length > 100) problems.push('meta.description fits in 100 characters');
    if (m.tags.includes('security') && (m.securitySeverity === undefined || m.securitySeverity < 0 || m.securitySeverity > 10))
      problems.push('rules tagged security need meta.securitySeverity between 0 and 10');
    if (m.references.some((r) => !/^https:\/\//.test(r.url))) problems.push('meta.references urls are https');
    if (!/^[a-z0-9-]+\/[a-z0-9-]+$/.test(id)) problems.push('the id is <family>/<kebab-case-name>');
    if (Object.keys(rule.messages).length === 0) problems.push('at least one message');
    expect(problems, `${id}: fix rules/${id}.ts`).toEqual([]);
  });

  const docPath = `rules/${id}.md`;
  const doc = existsSync(docPath) ? readFileSync(docPath, 'utf8') : undefined;

  it('has a doc with the fixed headings, in order', () => {
    expect(doc, `create ${docPath} from rules/TEMPLATE.md`).toBeDefined();
    expect(headings(doc ?? ''), `${docPath}: use exactly these headings, in this order`).toEqual([`# ${id}`, ...DOC_HEADINGS]);
  });

  it("has doc examples: every 'bad' block in Example triggers the rule, every 'good' block in Fix does not", () => {
    const found = examples(doc ?? '');
    const problems: string[] = [];
    for (const { section, example } of found) {
      if (!(EXAMPLE_KINDS as readonly string[]).includes(example.kind))
        problems.push(`${docPath}:${example.line}: unknown example kind "${example.kind}" (use ${EXAMPLE_KINDS.join(', ')})`);
      if (example.verdict === 'bad' && section !== '## Example') problems.push(`${docPath}:${example.line}: 'bad' blocks belong under ## Example`);
      if (example.verdict === 'good' && section !== '## Fix') problems.push(`${docPath}:${example.line}: 'good' blocks belong under ## Fix`);
    }
    const bad = found.filter((f) => f.example.verdict === 'bad').map((f) => f.example);
    const good = found.filter((f) => f.example.verdict === 'good').map((f) => f.example);
    if (bad.length === 0) problems.push(`${docPath}: add a \`\`\`<kind> bad block under ## Example`);
    if (good.length === 0) problems.push(`${docPath}: add a \`\`\`<kind> good block under ## Fix`);
    expect(problems).toEqual([]);

    const only: LintFilesOptions = { ruleSet: builtinRules, config: { extends: [], rules: { [id]: rule.meta.severity } } };
    const badRun = lintFiles(exampleRepo(bad), only).result;
    expect(badRun.notifications.filter((n) => n.level === 'error').map((n) => n.message)).toEqual([]);
    expect(badRun.findings.filter((f) => f.ruleId === id).length, `${docPath}: the 'bad' example must trigger ${id}`).toBeGreaterThan(0);
    const goodRun = lintFiles(exampleRepo(good), only).result;
    const goodFindings = goodRun.findings.filter((f) => f.ruleId === id).map((f) => `${f.location.file}:${f.location.range.start.line} ${f.message}`);
    expect(goodFindings, `${docPath}: the 'good' example must not trigger ${id}`).toEqual([]);
  });
});

describe('docs/rules.md', () => {
  it('is generated from rule metadata (update: node bin/sshlint.js rules --format markdown > docs/rules.md, or vitest -u)', async () => {
    const { renderRulesIndex } = await import('../../src/engine/rules-index.js');
    await expect(renderRulesIndex(builtinRules)).toMatchFileSnapshot('../../docs/rules.md');
  });
});
