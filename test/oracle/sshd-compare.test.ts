/** The comparison and spec-derivation helpers of the sshd oracle suites (pure; no sshd needed). */
import { describe, expect, it } from 'vitest';
import { compareRun, multisetDiff } from './lib/compare.js';
import { deriveSpecs } from './lib/specs.js';

const ok = (lines: string[]) => ({ rc: 0, lines, stderr: [], firstError: null });

describe('multisetDiff', () => {
  it('counts repetitions', () => {
    expect(multisetDiff(['port 22', 'port 22', 'a'], ['port 22', 'a', 'b'])).toEqual({ onlyA: ['port 22'], onlyB: ['b'] });
  });
});

describe('compareRun', () => {
  it('ignores order but not repetitions', () => {
    expect(compareRun(ok(['a', 'b']), { rc: 0, lines: ['b', 'a'], firstError: null, diagnostics: [] })).toBeNull();
    expect(compareRun(ok(['a', 'a']), { rc: 0, lines: ['a'], firstError: null, diagnostics: [] })?.kind).toBe('dump');
  });
  it('accept vs refuse is a mismatch either way', () => {
    expect(compareRun(ok([]), { rc: 1, lines: [], firstError: null, diagnostics: [] })?.kind).toBe('accept-refuse');
    expect(compareRun({ rc: 255, lines: [], stderr: ['x'], firstError: null }, { rc: 0, lines: [], firstError: null, diagnostics: [] })?.kind).toBe('accept-refuse');
  });
  it('compares the first fatal error line when sshd names one', () => {
    const real = { rc: 255, lines: [], stderr: [], firstError: { path: '/etc/ssh/sshd_config', line: 3, message: 'm' } };
    expect(compareRun(real, { rc: 1, lines: [], firstError: { path: '/etc/ssh/sshd_config', line: 3, message: 'other words' }, diagnostics: [] })).toBeNull();
    expect(compareRun(real, { rc: 1, lines: [], firstError: { path: '/etc/ssh/sshd_config', line: 2, message: 'm' }, diagnostics: [] })?.kind).toBe('error-line');
    expect(compareRun(real, { rc: 1, lines: [], firstError: null, diagnostics: [] })?.kind).toBe('error-line');
  });
  it('get() disagreeing with the dump is a mismatch once the dump agrees', () => {
    expect(compareRun(ok(['a 1']), { rc: 0, lines: ['a 1'], firstError: null, diagnostics: [], apiProblem: 'x' })?.kind).toBe('api');
  });
  it('an engine crash is always a mismatch', () => {
    expect(compareRun(ok([]), { rc: 1, lines: [], firstError: null, diagnostics: [], crash: 'TypeError: x' })?.kind).toBe('crash');
  });
});

describe('deriveSpecs', () => {
  it('builds a hitting and a missing spec per Match line', () => {
    const specs = deriveSpecs(['Match User alice,bob Address 10.0.0.0/8\n  X11Forwarding yes\nMatch all\n']);
    expect(specs[0]).toEqual({});
    expect(specs).toContainEqual({ user: 'alice', addr: '10.0.0.5' });
    expect(specs.some((s) => s.user === 'nosuchuser')).toBe(true);
  });
  it('adds lport everywhere but the empty spec when Match LocalPort is used', () => {
    const specs = deriveSpecs(['Match LocalPort 2222\n']);
    expect(specs[0]).toEqual({});
    expect(specs.slice(1).every((s) => s.lport !== undefined)).toBe(true);
    expect(specs).toContainEqual({ user: 'alice', lport: 2222 });
  });
});
