import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readRuleDoc, ruleDocPath, ruleDocsUrl } from '../../src/engine/docs.js';

describe('rule docs', () => {
  it('reads a rule doc from the package root', () => {
    expect(ruleDocPath('sshlint/unused-suppression')).toBe('rules/sshlint/unused-suppression.md');
    expect(readRuleDoc('sshlint/unused-suppression')).toBe(readFileSync('rules/sshlint/unused-suppression.md', 'utf8'));
  });

  it('never reads outside rules/ and answers undefined for unknown rules', () => {
    expect(readRuleDoc('../package')).toBeUndefined();
    expect(readRuleDoc('sshd/../../package')).toBeUndefined();
    expect(readRuleDoc('sshd/no-such-rule')).toBeUndefined();
  });

  it('links to the doc in the repository named in package.json', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { repository: { url: string }; homepage: string };
    expect(ruleDocsUrl('sshd/permit-root-login')).toBe('https://github.com/sshlint/sshlint/blob/main/rules/sshd/permit-root-login.md');
    expect(pkg.repository.url).toBe('git+https://github.com/sshlint/sshlint.git');
    expect(pkg.homepage.startsWith('https://github.com/sshlint/sshlint')).toBe(true);
  });
});
