import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lintFiles } from '../../src/engine/run.js';
import { parseSuppressions } from '../../src/engine/suppressions.js';

const repo: Record<string, string> = {
  'hosts/a/etc/ssh/sshd_config': 'Include /etc/ssh/sshd_config.d/*.conf\nPermitRootLogin yes\nX11Forwarding yes\n',
  'hosts/a/etc/ssh/sshd_config.d/10.conf': 'PasswordAuthentication yes\n',
  'hosts/b/etc/ssh/sshd_config': '# sshlint-disable-next-line sshd/permit-root-login -- lab\nPermitRootLogin yes\n',
  'lab/edge.sshd_config': 'Port 2222\nPermitRootLogin yes\n',
  'hosts/a/etc/iptables/rules.v4': '*filter\n:INPUT DROP [0:0]\n-A INPUT -p tcp --dport 22 -j ACCEPT\nCOMMIT\n',
};

describe('engine properties', () => {
  it('gives byte-identical results whatever order the files come in', () => {
    const reference = JSON.stringify(lintFiles(repo).result);
    fc.assert(
      fc.property(fc.shuffledSubarray(Object.keys(repo), { minLength: Object.keys(repo).length }), (order) => {
        const shuffled = Object.fromEntries(order.map((k) => [k, repo[k] ?? '']));
        expect(JSON.stringify(lintFiles(shuffled).result)).toBe(reference);
      }),
      { numRuns: 30 },
    );
  });

  it('parses any text into suppressions without throwing, with ranges inside their line', () => {
    const line = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.constantFrom('\uFEFF# sshlint-disable a/b', '# sshlint-disable-next-line a/b, c/d -- why', '; sshlint-disable x/y', '<!-- sshlint-disable z/z -->', '#sshlint-disable', '# sshlint-disable-next-line'));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), (lines) => {
        const text = lines.join('\n');
        for (const d of parseSuppressions('f', text)) {
          const source = text.split(/\r?\n/)[d.location.range.start.line - 1] ?? '';
          for (const r of d.rules) {
            const { start, end } = r.location.range;
            expect(source.slice(start.column - 1, end.column - 1)).toBe(r.id);
          }
          if (d.targetLine !== null) expect(d.targetLine).toBeGreaterThan(d.location.range.start.line);
        }
      }),
      { numRuns: 300 },
    );
  });
});
