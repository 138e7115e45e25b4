import { describe, expect, it } from 'vitest';
import { memoryHostFs } from '../../../src/discover/host-fs.js';
import { buildSshdModel } from '../../../src/model/sshd/index.js';
import type { ConnectionSpec, SshdModel } from '../../../src/model/sshd/index.js';
import { matchIndexControl } from '../../../src/model/sshd/match-index.js';
import type { TargetName } from '../../../src/model/targets.js';
import { sampleSshdCases } from '../../oracle/gen/sshd.js';

/**
 * The Match index only lets a connection pass skip Match lines that cannot match: everything the model answers
 * must be the same with it switched off. Checked over the oracle generator's host trees (odd Match lines, Includes
 * inside Match, LocalPort without lport, user databases), whose answers the oracle suite proves against sshd -T.
 */
function snapshot(model: SshdModel, specs: readonly ConnectionSpec[]): unknown {
  const keywords = ['passwordauthentication', 'permitrootlogin', 'maxauthtries', 'authenticationmethods', 'x11forwarding', 'banner'];
  const describeEffective = (e: ReturnType<SshdModel['evaluate']>): unknown => ({
    dump: e.dump(),
    diagnostics: e.diagnostics,
    settings: keywords.map((k) => {
      const s = e.get(k);
      return { values: s.values, source: s.source?.location ?? null, overridden: s.overridden.map((d) => d.location) };
    }),
  });
  return {
    diagnostics: model.diagnostics,
    directives: model.directives.length,
    contexts: model.contexts().map((c) => ({ label: c.label, match: c.match?.location ?? null, effective: describeEffective(c.effective) })),
    evaluations: specs.map((s) => describeEffective(model.evaluate(s))),
  };
}

function withIndex<T>(enabled: boolean, fn: () => T): T {
  const before = matchIndexControl.enabled;
  matchIndexControl.enabled = enabled;
  try {
    return fn();
  } finally {
    matchIndexControl.enabled = before;
  }
}

const EXTRA_SPECS: readonly ConnectionSpec[] = [
  {},
  { user: 'alice', addr: '10.0.0.5', lport: 22 },
  { user: 'bob', host: 'WEB1.example.com', addr: '192.168.1.10', laddr: '10.0.0.1', lport: 2222, rdomain: 'vrf1' },
  { user: 'root', addr: '2001:db8::5' },
  { user: 'ALICE', addr: 'notanip', lport: 443 },
];

describe('sshd Match index', () => {
  const cases = sampleSshdCases(20261125, 300);
  for (const target of ['debian-12', 'upstream'] as const satisfies readonly TargetName[]) {
    it(`changes no answer of the model (${cases.length} generated host trees, ${target})`, () => {
      let blocks = 0;
      for (const c of cases) {
        const fs = memoryHostFs(c.files);
        const specs = [...(c.specs as readonly ConnectionSpec[]), ...EXTRA_SPECS];
        const build = (): SshdModel => {
          const m = buildSshdModel(fs, { target });
          if (!m) throw new Error('no main config');
          return m;
        };
        const indexed = withIndex(true, () => snapshot(build(), specs));
        const plain = withIndex(false, () => snapshot(build(), specs));
        expect(indexed).toEqual(plain);
        blocks += build().matchBlocks.length;
      }
      // The generated trees must exercise Match blocks at all, or this test proves nothing.
      expect(blocks).toBeGreaterThan(cases.length);
    });
  }

  it('keeps contexts() near-linear in the number of Match blocks', () => {
    // A functional guard, not a timing: with the index, a context's pass stops only at the blocks that can match it.
    const lines = ['PasswordAuthentication no'];
    for (let i = 0; i < 300; i++) lines.push(`Match User u${i}`, '  PasswordAuthentication yes', `Match Address 10.${i % 250}.0.0/16`, `  MaxAuthTries ${2 + (i % 7)}`);
    const model = buildSshdModel(memoryHostFs({ '/etc/ssh/sshd_config': `${lines.join('\n')}\n` }), { target: 'debian-12' });
    const contexts = model?.contexts() ?? [];
    expect(contexts).toHaveLength(601);
    expect(contexts[1]?.effective.get('passwordauthentication').values).toEqual(['yes']);
    expect(contexts[0]?.effective.get('passwordauthentication').values).toEqual(['no']);
    // Blocks i = 3 and 253 both say Match Address 10.3.0.0/16: in the context of the second, the first one (MaxAuthTries 5) wins.
    expect(contexts[2 * 253 + 2]?.effective.get('maxauthtries').values).toEqual(['5']);
  });
});
