import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { diskHostFs } from '../../../src/discover/host-fs.js';
import { parseConnectionSpecs } from '../../../src/cli/commands/print-config.js';
import { buildSshdModel } from '../../../src/model/sshd/index.js';

/**
 * Every case under fixtures/sshd was run through the real Debian 12 `sshd -T` by fixtures/sshd/record.sh; the
 * recorded output is the expectation. Accepted configs must dump the same lines in the same order; refused ones
 * must be refused, at the line sshd names when it names one.
 */
const ROOT = path.resolve(import.meta.dirname, '../../../fixtures/sshd');
const cases = readdirSync(ROOT, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(path.join(ROOT, d.name, 'expected')))
  .map((d) => d.name)
  .sort();

interface Expectation {
  readonly spec: string;
  readonly rc: number;
  readonly lines: readonly string[];
}

function expectations(name: string): Expectation[] {
  const dir = path.join(ROOT, name, 'expected');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const [head = '', ...lines] = readFileSync(path.join(dir, f), 'utf8').split('\n').filter((l) => l !== '');
      return { spec: f === 'default.txt' ? '' : f.slice(0, -4), rc: Number(/rc=(\d+)/.exec(head)?.[1] ?? NaN), lines };
    });
}

describe('fixtures/sshd agree with the recorded sshd -T of Debian 12', () => {
  it('has recorded cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
  });
  for (const name of cases) {
    describe(name, () => {
      const dir = path.join(ROOT, name);
      for (const exp of expectations(name)) {
        it(exp.spec === '' ? 'without -C' : `-C ${exp.spec}`, () => {
          const model = buildSshdModel(diskHostFs(dir, dir), { target: 'debian-12' });
          expect(model).toBeDefined();
          if (!model) return;
          const effective = model.valid ? model.evaluate(parseConnectionSpecs(exp.spec === '' ? [] : [exp.spec])) : undefined;
          const refused = !model.valid || (effective?.diagnostics.some((d) => d.severity === 'fatal') ?? true);
          if (exp.rc !== 0) {
            expect(refused, `sshd refused: ${exp.lines.join(' | ')}`).toBe(true);
            const m = /(\/etc\/ssh\/\S+?):? line (\d+)/.exec(exp.lines.join('\n'));
            if (m && !/Deprecated|Unsupported/.test(exp.lines[0] ?? '')) {
              const file = `etc/ssh/${(m[1] ?? '').slice('/etc/ssh/'.length)}`;
              const fatal = [...model.diagnostics, ...(effective?.diagnostics ?? [])].filter((d) => d.severity === 'fatal');
              expect(fatal.map((d) => `${d.location.file}:${d.location.range.start.line}`)).toContain(`${file}:${m[2] ?? ''}`);
            }
            return;
          }
          expect(refused, model.diagnostics.map((d) => d.message).join(' | ')).toBe(false);
          const withHostKeys = exp.lines.some((l) => l.startsWith('hostkey '));
          const ours = (effective?.dump() ?? []).filter((l) => withHostKeys || !l.startsWith('hostkey '));
          expect(ours).toEqual(exp.lines);
        });
      }
    });
  }
});
