import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/commands/print-config-fail2ban.js';
import { UsageError } from '../../src/cli/io.js';
import { captureIo } from '../helpers/io.js';

// Expected values are what `fail2ban-client -c <tree> -d` (fail2ban 1.0.2, Debian 12 stock files) prints for
// the same fixture; times are its strings converted with `fail2ban-client --str2sec`.
async function json(args: string[]): Promise<{ code: number; out: Record<string, Record<string, unknown>>; err: string }> {
  const io = captureIo();
  const code = await run([...args, '--format', 'json'], io);
  const parsed = code === 0 ? (JSON.parse(io.out()) as { jails: Record<string, Record<string, unknown>> }).jails : {};
  return { code, out: parsed, err: io.err() };
}

describe('sshlint print-config fail2ban', () => {
  it('resolves a jail.local over the stock Debian 12 files', async () => {
    const { code, out } = await json(['fixtures/fail2ban/custom-port']);
    expect(code).toBe(0);
    const sshd = out.sshd!;
    expect(sshd).toMatchObject({
      enabled: true,
      port: 'ssh,2222',
      protocol: 'tcp',
      filter: 'sshd',
      mode: 'normal',
      logpath: ['/var/log/auth.log'],
      backend: 'auto',
      maxretry: 3,
      findtime: 600,
      bantime: 3600,
      ignoreip: ['127.0.0.1/8', '::1', '192.0.2.10'],
    });
    const actions = sshd.actions as { name: string; params: Record<string, string> }[];
    expect(actions.map((a) => a.name)).toEqual(['iptables-multiport']);
    expect(actions[0]!.params).toMatchObject({ port: 'ssh,2222', protocol: 'tcp', chain: '<known/chain>', name: 'sshd' });
    // Every jail section is printed, enabled or not.
    expect(out.recidive).toMatchObject({ enabled: false });
    expect(Object.keys(out).length).toBeGreaterThan(50);
  });

  it('applies jail.conf < jail.d/*.conf < jail.local < jail.d/*.local', async () => {
    const { out } = await json(['fixtures/fail2ban/dropin-precedence', '--jail', 'sshd']);
    expect(Object.keys(out)).toEqual(['sshd']);
    expect(out.sshd).toMatchObject({ maxretry: 4, findtime: 300, bantime: 7200 });
  });

  it('keeps "#" in values and drops "; " comments', async () => {
    const { out } = await json(['fixtures/fail2ban/inline-comments', '--jail', 'sshd']);
    expect(out.sshd).toMatchObject({ port: '2222 # ssh moved here', bantime: 7200, findtime: null });
    expect((out.sshd!.actions as { name: string }[]).map((a) => a.name)).toEqual(['iptables-multiport', 'sendmail-whois']);
  });

  it('resolves %(known/port)s, %(default/...)s and per-action names', async () => {
    const { out } = await json(['fixtures/fail2ban/known-interpolation', '--jail', 'sshd']);
    expect(out.sshd).toMatchObject({ enabled: true, port: 'ssh,2222', mode: 'extra' });
    const actions = out.sshd!.actions as { name: string; params: Record<string, string> }[];
    expect(actions.map((a) => [a.name, a.params.protocol, a.params.port])).toEqual([
      ['iptables-multiport', 'tcp', 'ssh,2222'],
      ['iptables-multiport-udp', 'udp', 'ssh,2222'],
    ]);
  });

  it('reads a fail2ban folder given directly, with another target', async () => {
    const { code, out } = await json(['fixtures/fail2ban/systemd-nftables/etc/fail2ban', '--jail', 'sshd', '--target', 'debian-12']);
    expect(code).toBe(0);
    expect(out.sshd).toMatchObject({ backend: 'systemd', mode: 'aggressive', bantime: 86400 });
    expect((out.sshd!.actions as { name: string }[]).map((a) => a.name)).toEqual(['nftables']);
  });

  it('prints the error with file and line, and exits non-zero, when fail2ban refuses the configuration', async () => {
    const dup = await json(['fixtures/fail2ban/refused-duplicate']);
    expect(dup.code).toBe(1);
    expect(dup.err).toContain('fixtures/fail2ban/refused-duplicate/etc/fail2ban/jail.local:5: error:');
    const filter = await json(['fixtures/fail2ban/refused-missing-filter']);
    expect(filter.code).toBe(1);
    expect(filter.err).toContain("Unable to read the filter 'ssh'");
    expect(filter.err).toMatch(/jail\.local:4: error/);
  });

  it('prints text with where each value comes from', async () => {
    const io = captureIo();
    expect(await run(['fixtures/fail2ban/custom-port', '--jail', 'sshd'], io)).toBe(0);
    expect(io.out()).toContain('port      = ssh,2222    # fixtures/fail2ban/custom-port/etc/fail2ban/jail.local:11');
    expect(io.out()).toContain('enabled   = true    # fixtures/fail2ban/custom-port/etc/fail2ban/jail.local:10');
  });

  it('rejects bad usage', async () => {
    await expect(run([], captureIo())).rejects.toThrow(UsageError);
    await expect(run(['fixtures/fail2ban/custom-port', '--target', 'nope'], captureIo())).rejects.toThrow(/unknown target/);
    await expect(run(['fixtures/fail2ban/custom-port', '--jail', 'nope'], captureIo())).rejects.toThrow(/no jail/);
    await expect(run(['fixtures/fail2ban/does-not-exist'], captureIo())).rejects.toThrow(/no such directory/);
  });
});
