import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { captureIo } from '../helpers/io.js';

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/sshd');
const tmp = mkdtempSync(path.join(tmpdir(), 'sshlint-print-config-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Lines sshd printed for a recorded fixture (see fixtures/sshd/record.sh). */
function recorded(name: string, spec = 'default'): string[] {
  return readFileSync(path.join(FIXTURES, name, 'expected', `${spec}.txt`), 'utf8').split('\n').filter((l) => l !== '' && !l.startsWith('#'));
}

const withoutHostKeys = (out: string): string[] => out.split('\n').filter((l) => l !== '' && !l.startsWith('hostkey '));

describe('sshlint print-config', () => {
  it('prints what sshd -T prints; a file at .../etc/ssh/ puts the host root above etc/', async () => {
    const io = captureIo(FIXTURES);
    expect(await main(['print-config', 'debian-layout-dropins-first/etc/ssh/sshd_config'], io)).toBe(0);
    expect(withoutHostKeys(io.out())).toEqual(recorded('debian-layout-dropins-first'));
    expect(io.err()).toBe('');
  });

  it('prints the default host keys when the config names none, as sshd on the host would', async () => {
    const io = captureIo(FIXTURES);
    await main(['print-config', 'defaults-empty/etc/ssh/sshd_config'], io);
    expect(io.out().split('\n').filter((l) => l.startsWith('hostkey '))).toEqual([
      'hostkey /etc/ssh/ssh_host_rsa_key',
      'hostkey /etc/ssh/ssh_host_ecdsa_key',
      'hostkey /etc/ssh/ssh_host_ed25519_key',
    ]);
  });

  it('evaluates Match blocks for --connection like sshd -T -C', async () => {
    const io = captureIo(FIXTURES);
    const spec = 'user=alice,addr=10.2.3.4';
    expect(await main(['print-config', 'match-first-matching-block-wins/etc/ssh/sshd_config', '--connection', spec], io)).toBe(0);
    expect(withoutHostKeys(io.out())).toEqual(recorded('match-first-matching-block-wins', spec));
  });

  it('takes --root for the host root', async () => {
    const root = path.join(FIXTURES, 'include-relative-and-directory');
    const io = captureIo(tmp);
    expect(await main(['print-config', path.join(root, 'etc/ssh/sshd_config'), '--root', root], io)).toBe(0);
    expect(withoutHostKeys(io.out())).toEqual(recorded('include-relative-and-directory'));
  });

  it('lets the folder of any other file stand for /etc/ssh (relative Includes resolve there)', async () => {
    const dir = path.join(tmp, 'loose');
    mkdirSync(path.join(dir, 'conf.d'), { recursive: true });
    writeFileSync(path.join(dir, 'my_sshd'), 'Include conf.d/*.conf\nPort 22\n');
    writeFileSync(path.join(dir, 'conf.d', 'a.conf'), 'Port 2301\n');
    const io = captureIo(tmp);
    expect(await main(['print-config', 'loose/my_sshd'], io)).toBe(0);
    expect(io.out().split('\n').filter((l) => l.startsWith('port '))).toEqual(['port 2301', 'port 22']);
  });

  it('prints path:line: message and exits 1 where sshd refuses the config', async () => {
    const io = captureIo(FIXTURES);
    expect(await main(['print-config', 'bad-values-refused/etc/ssh/sshd_config'], io)).toBe(1);
    expect(io.out()).toBe('');
    expect(io.err()).toBe(
      [
        'bad-values-refused/etc/ssh/sshd_config:1: Bad configuration option: FooBar',
        'bad-values-refused/etc/ssh/sshd_config:2: Bad configuration option: BazQux',
        'bad-values-refused/etc/ssh/sshd_config:3: unsupported option "maybe".',
        '',
      ].join('\n'),
    );
  });

  it('refuses Match LocalPort without lport, like sshd -T', async () => {
    const io = captureIo(FIXTURES);
    expect(await main(['print-config', 'match-localport-needs-lport/etc/ssh/sshd_config'], io)).toBe(1);
    expect(io.err()).toContain("'Match LocalPort' in configuration but 'lport' not in connection test specification.");
    const ok = captureIo(FIXTURES);
    expect(await main(['print-config', 'match-localport-needs-lport/etc/ssh/sshd_config', '--connection', 'lport=2222'], ok)).toBe(0);
    expect(withoutHostKeys(ok.out())).toEqual(recorded('match-localport-needs-lport', 'lport=2222'));
  });

  it('validates --connection with sshd -C wording (exit 2)', async () => {
    const file = 'defaults-empty/etc/ssh/sshd_config';
    for (const [spec, message] of [
      ['user=root, addr=1.2.3.4', 'Invalid test mode specification  addr=1.2.3.4'],
      ['foo=bar', 'Invalid test mode specification foo=bar'],
      ['lport=abc', "Invalid port 'abc' in test mode specification lport=abc"],
    ] as const) {
      const io = captureIo(FIXTURES);
      expect(await main(['print-config', file, '--connection', spec], io)).toBe(2);
      expect(io.err()).toBe(`sshlint: ${message}\n`);
    }
  });

  it('exits 2 for a missing file, an unknown target or a bad usage', async () => {
    const missing = captureIo(tmp);
    expect(await main(['print-config', 'nope.conf'], missing)).toBe(2);
    expect(missing.err()).toContain('nope.conf: No such file or directory');
    const target = captureIo(FIXTURES);
    expect(await main(['print-config', 'defaults-empty/etc/ssh/sshd_config', '--target', 'debian-99'], target)).toBe(2);
    expect(target.err()).toContain('unknown target "debian-99"');
    expect(await main(['print-config'], captureIo(tmp))).toBe(2);
  });

  it('exits 2 when the main file cannot be read (binary, or a symlink out of the host root)', async () => {
    const root = path.join(tmp, 'unreadable');
    mkdirSync(path.join(root, 'etc/ssh'), { recursive: true });
    writeFileSync(path.join(root, 'etc/ssh/sshd_config'), Buffer.from([0x50, 0x6f, 0x72, 0x74, 0x00, 0x32]));
    const io = captureIo(tmp);
    expect(await main(['print-config', 'unreadable/etc/ssh/sshd_config'], io)).toBe(2);
    expect(io.err()).toContain('binary file');
  });

  it('does not follow a symlink out of the host root: a warning, not a refusal', async () => {
    const root = path.join(tmp, 'host');
    mkdirSync(path.join(root, 'etc/ssh/sshd_config.d'), { recursive: true });
    writeFileSync(path.join(tmp, 'outside.conf'), 'PasswordAuthentication no\n');
    symlinkSync(path.join(tmp, 'outside.conf'), path.join(root, 'etc/ssh/sshd_config.d/link.conf'));
    writeFileSync(path.join(root, 'etc/ssh/sshd_config'), 'Include /etc/ssh/sshd_config.d/*.conf\n');
    const io = captureIo(tmp);
    expect(await main(['print-config', 'host/etc/ssh/sshd_config'], io)).toBe(0);
    expect(io.out()).toContain('passwordauthentication yes\n');
    expect(io.err()).toContain('host/etc/ssh/sshd_config:1: warning: etc/ssh/sshd_config.d/link.conf: not read');
  });

  it('hands "print-config fail2ban" to the fail2ban command', async () => {
    const io = captureIo(tmp);
    expect(await main(['print-config', 'fail2ban'], io)).toBe(2);
    expect(io.err()).toContain('fail2ban');
  });
});
