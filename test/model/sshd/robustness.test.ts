import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { memoryHostFs } from '../../../src/discover/host-fs.js';
import { buildSshdModel } from '../../../src/model/sshd/index.js';
import { TARGET_NAMES } from '../../../src/model/targets.js';

const token = fc.oneof(
  fc.constantFrom(
    'Port', 'ListenAddress', 'Match', 'Include', 'PermitRootLogin', 'AllowUsers', 'Ciphers', 'Subsystem', 'ForceCommand',
    'AuthenticationMethods', 'IPQoS', 'RekeyLimit', 'PermitOpen', 'MaxStartups', 'User', 'Address', 'LocalPort', 'all',
    'yes', 'no', 'any', 'none', '22', '10.0.0.0/8', '::1', '[::1]:22', '+aes128-cbc', '-*', 'a*', '!b', '#', '"', "'", '=',
    '\\', '/etc/ssh/*.conf', 'x.conf', '\uFEFF', '\r', '\t', ' ',
  ),
  fc.string({ maxLength: 6 }),
);
const line = fc.array(token, { maxLength: 6 }).map((t) => t.join(' '));
const file = fc.array(line, { maxLength: 12 }).map((l) => l.join('\n'));

describe('sshd model robustness', () => {
  it('never throws on arbitrary input: it returns diagnostics instead', () => {
    fc.assert(
      fc.property(file, file, fc.constantFrom(...TARGET_NAMES), (main, drop, target) => {
        const fs = memoryHostFs({ '/etc/ssh/sshd_config': main, '/etc/ssh/x.conf': drop, '/etc/ssh/sshd_config.d/a.conf': drop });
        const m = buildSshdModel(fs, { target });
        expect(m).toBeDefined();
        if (!m) return;
        m.evaluate({ user: 'alice', addr: '10.1.2.3', lport: 22 }).dump();
        for (const c of m.contexts()) c.effective.get('PasswordAuthentication');
        for (const d of m.diagnostics) expect(d.location.range.start.line).toBeGreaterThan(0);
      }),
      { numRuns: 300, seed: 20261125 },
    );
  });
});
