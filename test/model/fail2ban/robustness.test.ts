import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { memoryHostFs } from '../../../src/discover/host-fs.js';
import { buildFail2banModel } from '../../../src/model/fail2ban/index.js';

const jailText = fc.tuple(fc.array(
  fc.oneof(
    fc.constantFrom('[sshd]', '[DEFAULT]', '[INCLUDES]', 'enabled = true', 'action = ', 'filter = sshd[', '  ', '%(', '%(known/port)s', '; c', '# c', '=', ':', '[', ']', '"', "'", 'before = jail.local'),
    fc.string({ maxLength: 12 }),
  ),
  { maxLength: 40 },
), fc.constantFrom('\n', ' ', '\r\n', '\t')).map(([parts, sep]) => parts.join(sep));

describe('the fail2ban model never throws and never hangs', () => {
  it('reads long lines of spaces in linear time', () => {
    const t0 = performance.now();
    const m = buildFail2banModel(memoryHostFs({ '/etc/fail2ban/jail.local': `[sshd]\na${' '.repeat(100_000)}b\nport =${' '.repeat(100_000)}2222\n` }), { target: 'debian-12' })!;
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(m.accepted).toBe(false);
  });

  it('on arbitrary jail files (seeded)', () => {
    fc.assert(
      fc.property(jailText, jailText, (local, dropin) => {
        const m = buildFail2banModel(memoryHostFs({ '/etc/fail2ban/jail.local': local, '/etc/fail2ban/jail.d/x.local': dropin }), { target: 'debian-12' });
        expect(m).toBeDefined();
      }),
      { seed: 42, numRuns: 300 },
    );
  });

  // fail2ban's own action splitter backtracks exponentially on these (Python takes seconds at 20 and does not
  // finish at 30): sshlint refuses the jail instead of hanging.
  it.each([
    ['unterminated quotes', `[sshd]\nenabled = true\naction = iptables[${'x="'.repeat(3000)}\n`],
    ['a long unclosed group', `[sshd]\nenabled = true\naction = iptables[port=${' '.repeat(5000)}x\n`],
    ['many space-separated options before a stray character', `[sshd]\nenabled = true\naction = iptables[${'x=1 '.repeat(40)}]b\n`],
  ])('%s', (_name, text) => {
    const t0 = performance.now();
    const m = buildFail2banModel(memoryHostFs({ '/etc/fail2ban/jail.local': text }), { target: 'debian-12' })!;
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(m.jail('sshd')!.configError).toMatch(/never finish/);
  });
});
