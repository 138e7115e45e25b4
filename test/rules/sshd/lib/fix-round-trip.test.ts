/**
 * Every one-line fix the part-B sshd rules offer must do what it says: applied to the config, the finding is gone
 * and sshd (as the model reads it) still accepts the file.
 */
import { describe, expect, it } from 'vitest';
import { memoryHostFs } from '../../../../src/discover/host-fs.js';
import type { RuleDefinition } from '../../../../src/engine/define-rule.js';
import type { Edit } from '../../../../src/model/finding.js';
import { buildSshdModel } from '../../../../src/model/sshd/index.js';
import allowTcpForwarding from '../../../../rules/sshd/allow-tcp-forwarding.js';
import ciphers from '../../../../rules/sshd/ciphers.js';
import clientAliveInterval from '../../../../rules/sshd/client-alive-interval.js';
import disableForwarding from '../../../../rules/sshd/disable-forwarding.js';
import kexAlgorithms from '../../../../rules/sshd/kex-algorithms.js';
import kexPostQuantum from '../../../../rules/sshd/kex-post-quantum.js';
import logLevel from '../../../../rules/sshd/log-level.js';
import macs from '../../../../rules/sshd/macs.js';
import maxStartups from '../../../../rules/sshd/max-startups.js';
import rekeyLimit from '../../../../rules/sshd/rekey-limit.js';
import x11Forwarding from '../../../../rules/sshd/x11-forwarding.js';
import { runCase } from '../../../helpers/rule-tester.js';

const PATH = 'etc/ssh/sshd_config';

function applyEdits(text: string, edits: readonly Edit[]): string {
  const lines = text.split('\n');
  const offset = (line: number, column: number): number => lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0) + column - 1;
  const sorted = [...edits].sort((a, b) => offset(b.range.start.line, b.range.start.column) - offset(a.range.start.line, a.range.start.column));
  let out = text;
  for (const e of sorted) out = out.slice(0, offset(e.range.start.line, e.range.start.column)) + e.text + out.slice(offset(e.range.end.line, e.range.end.column));
  return out;
}

const cases: [RuleDefinition, string][] = [
  [x11Forwarding, 'X11Forwarding yes\n'],
  [x11Forwarding, 'PasswordAuthentication no\nMatch Address 10.0.0.0/8\n    X11Forwarding yes\n'],
  [allowTcpForwarding, 'LogLevel INFO\n'],
  [disableForwarding, 'PasswordAuthentication no\nMatch User backup\n    DisableForwarding no\n'],
  [clientAliveInterval, 'ClientAliveInterval 0\n'],
  [logLevel, 'LogLevel QUIET\n'],
  [maxStartups, 'LogLevel INFO\n'],
  [rekeyLimit, 'RekeyLimit 4G\n'],
  [ciphers, 'Ciphers +aes256-cbc,3des-cbc\n'],
  [macs, 'LogLevel INFO\n'],
  [macs, 'MACs -hmac-sha1*\n'],
  [kexAlgorithms, 'KexAlgorithms +diffie-hellman-group14-sha1,diffie-hellman-group1-sha1\n'],
  [kexPostQuantum, 'KexAlgorithms curve25519-sha256\n'],
];

describe('part-B sshd fixes round-trip', () => {
  for (const [rule, text] of cases) {
    it(`${rule.id}: ${JSON.stringify(text)}`, () => {
      const findings = runCase(rule, text);
      const fixes = findings.flatMap((f) => (f.fix ? [f.fix] : []));
      expect(fixes.length, 'the case has a finding with a fix').toBeGreaterThan(0);
      let fixed = text;
      // One fix per distinct edit location (several findings of one line share the same fix).
      const seen = new Set<string>();
      const edits: Edit[] = [];
      for (const fix of fixes) {
        for (const e of fix.edits) {
          expect(e.file).toBe(PATH);
          const key = JSON.stringify(e);
          if (!seen.has(key)) edits.push(e);
          seen.add(key);
        }
      }
      fixed = applyEdits(fixed, edits);
      expect(runCase(rule, fixed).map((f) => f.messageId), `after the fix:\n${fixed}`).toEqual([]);
      const model = buildSshdModel(memoryHostFs({ '/etc/ssh/sshd_config': fixed }), { target: 'debian-12' });
      expect(model?.diagnostics.filter((d) => d.severity === 'fatal').map((d) => d.message)).toEqual([]);
    });
  }
});
