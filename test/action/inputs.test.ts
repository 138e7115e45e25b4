import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseInputs, splitPaths } from '../../src/action/inputs.js';

const reader = (values: Record<string, string>) => (name: string) => values[name] ?? '';

interface ActionYml {
  runs: { using: string; main: string };
  inputs: Record<string, { default?: string; description: string }>;
  outputs: Record<string, { description: string }>;
  branding: { icon: string; color: string };
}
const actionYml = parse(readFileSync(new URL('../../action.yml', import.meta.url), 'utf8')) as ActionYml;

describe('action inputs', () => {
  it('splits paths by line when there are several lines, else by blanks', () => {
    expect(splitPaths('')).toEqual(['.']);
    expect(splitPaths('etc/ssh  firewall\tf2b')).toEqual(['etc/ssh', 'firewall', 'f2b']);
    expect(splitPaths('hosts/web 1\n\n  hosts/db  \n')).toEqual(['hosts/web 1', 'hosts/db']);
  });

  it('applies the defaults action.yml declares when inputs are empty', () => {
    expect(parseInputs(reader({}))).toEqual({
      ok: true,
      inputs: { paths: ['.'], failOn: 'error', sarifFile: 'sshlint.sarif', annotations: true },
    });
  });

  it('parses every input', () => {
    const parsed = parseInputs(
      reader({ path: 'a\nb', config: ' .sshlint.yml ', target: 'rhel-9', 'fail-on': 'Warning', 'sarif-file': 'out/x.sarif', annotations: 'FALSE', category: 'ssh' }),
    );
    expect(parsed).toEqual({
      ok: true,
      inputs: { paths: ['a', 'b'], config: '.sshlint.yml', target: 'rhel-9', failOn: 'warning', sarifFile: 'out/x.sarif', annotations: false, category: 'ssh' },
    });
  });

  it('rejects bad values with a one-line message naming the input', () => {
    expect(parseInputs(reader({ 'fail-on': 'sometimes' }))).toEqual({
      ok: false,
      message: 'input fail-on ("sometimes") must be error, warning, note or never',
    });
    const target = parseInputs(reader({ target: 'debian-11' }));
    expect(target.ok).toBe(false);
    expect(!target.ok && target.message).toMatch(/^input target \("debian-11"\) must be one of debian-12, /);
    const annotations = parseInputs(reader({ annotations: 'yes' }));
    expect(!annotations.ok && annotations.message).toBe('input annotations ("yes") must be true or false');
  });

  it('matches action.yml: same inputs, same defaults, node24 bundle', () => {
    expect(Object.keys(actionYml.inputs).sort()).toEqual(['annotations', 'category', 'config', 'fail-on', 'path', 'sarif-file', 'target']);
    expect(Object.keys(actionYml.outputs).sort()).toEqual(['errors', 'findings', 'notes', 'sarif-file', 'warnings']);
    expect(actionYml.runs).toEqual({ using: 'node24', main: 'dist/action/index.js' });
    expect(actionYml.branding.icon).toBeTruthy();
    // Parsing the declared defaults gives the same as parsing empty inputs (running the bundle by hand).
    const defaults = Object.fromEntries(Object.entries(actionYml.inputs).map(([k, v]) => [k, v.default ?? '']));
    expect(parseInputs(reader(defaults))).toEqual(parseInputs(reader({})));
  });
});
