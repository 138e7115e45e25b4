import { describe, expect, it } from 'vitest';
import { jsonReporter } from '../../src/reporters/json.js';
import { meta, sample } from './stylish-sample.js';

describe('json reporter', () => {
  const doc = JSON.parse(jsonReporter(sample, meta));

  it('has the documented top-level shape', () => {
    expect(Object.keys(doc)).toEqual(['schemaVersion', 'version', 'executionSuccessful', 'summary', 'findings', 'notifications', 'hosts', 'files', 'rules']);
    expect(doc).toMatchObject({ schemaVersion: 1, version: '9.9.9', executionSuccessful: true });
    expect(doc.summary).toEqual({ error: 2, warning: 1, note: 0, suppressed: 1, files: 2, hosts: 1 });
  });

  it('keeps suppressed findings with their reason and adds a docs URL to each finding', () => {
    expect(doc.findings).toHaveLength(4);
    expect(doc.findings[2]).toMatchObject({ ruleId: 'sshd/banner', suppressed: { kind: 'inline', reason: 'kiosk' }, docsUrl: 'https://example.com/sshd/banner.md' });
  });

  it('is stable: two runs give the same bytes, ending in a newline', () => {
    expect(jsonReporter(sample, meta)).toBe(jsonReporter(structuredClone(sample), meta));
    expect(jsonReporter(sample, meta).endsWith('}\n')).toBe(true);
  });
});
