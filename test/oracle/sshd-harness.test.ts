/**
 * The harness itself, checked against the real sshd alone: each expectation below is an output
 * documented from real `sshd -T` runs (research notes on the oracles, §1), not something sshlint computed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sshdOracleReady } from './lib/guard.js';
import { createSshdOracle, firstErrorLine, specArgument } from './lib/sshd.js';
import type { OracleRun, OracleSpec, SshdOracle } from './lib/sshd.js';
import { runOurs } from './lib/ours.js';
import { shrinkCase } from './lib/shrink.js';
import { scratchDir, writeHostTree } from './lib/tree.js';
import type { HostFiles } from './lib/tree.js';

const ready = sshdOracleReady();

describe.runIf(ready)('sshd oracle harness (real sshd only)', () => {
  let oracle: SshdOracle;
  const scratch = scratchDir('sshd-harness');
  let n = 0;

  beforeAll(() => {
    oracle = createSshdOracle();
  });
  afterAll(() => {
    oracle.dispose();
    scratch.dispose();
  });

  async function run(files: HostFiles, spec: OracleSpec = {}, mainPath?: string): Promise<OracleRun> {
    const root = writeHostTree(`${scratch.dir}/case${n++}`, files);
    const [[r]] = (await oracle.run([{ hostRoot: root, specs: [spec], ...(mainPath ? { mainPath } : {}) }])) as [[OracleRun]];
    return r;
  }

  it('reads the compiled-in default host keys from sshd', () => {
    expect(oracle.defaultHostKeyLines).toEqual([
      'hostkey /etc/ssh/ssh_host_rsa_key',
      'hostkey /etc/ssh/ssh_host_ecdsa_key',
      'hostkey /etc/ssh/ssh_host_ed25519_key',
    ]);
  });

  it('an empty config prints the documented defaults (87 lines + the default host keys)', async () => {
    const r = await run({ '/etc/ssh/sshd_config': '' });
    expect(r.rc).toBe(0);
    expect(r.lines).toHaveLength(87 + 3);
    for (const l of ['port 22', 'listenaddress [::]:22', 'listenaddress 0.0.0.0:22', 'permitrootlogin without-password', 'usepam no', 'kbdinteractiveauthentication yes', 'x11forwarding no', 'pidfile /run/sshd.pid']) {
      expect(r.lines).toContain(l);
    }
    expect(r.lines.some((l) => l.includes('sshlint-sshd-oracle'))).toBe(false);
  });

  it('resolves relative Includes inside the tree mounted as /etc/ssh', async () => {
    const r = await run({
      '/etc/ssh/sshd_config': 'Include conf.d/*.conf\nPermitRootLogin no\n',
      '/etc/ssh/conf.d/a.conf': 'Port 2301\n',
      '/etc/ssh/conf.d/b.conf': 'Port 2302\n',
    });
    expect(r.rc).toBe(0);
    expect(r.lines.filter((l) => l.startsWith('port '))).toEqual(['port 2301', 'port 2302']);
    expect(r.lines).toContain('permitrootlogin no');
  });

  it('keeps HostKey lines the config sets and drops only the scratch key', async () => {
    const r = await run({ '/etc/ssh/sshd_config': 'HostKey /etc/ssh/ssh_host_rsa_key\n' });
    expect(r.rc).toBe(0);
    expect(r.lines.filter((l) => l.startsWith('hostkey '))).toEqual(['hostkey /etc/ssh/ssh_host_rsa_key']);
    expect(r.stderr).toEqual([]);
  });

  it('Port accumulates without dedup', async () => {
    const r = await run({ '/etc/ssh/sshd_config': 'Port 2222\nPort 22\nPort 2222\n' });
    expect(r.lines.filter((l) => l.startsWith('port '))).toEqual(['port 2222', 'port 22', 'port 2222']);
    expect(r.lines.filter((l) => l.startsWith('listenaddress '))).toHaveLength(6);
  });

  it('evaluates Match with a connection spec', async () => {
    const files = { '/etc/ssh/sshd_config': 'Match User alice\n  PasswordAuthentication no\n' };
    expect((await run(files, { user: 'alice' })).lines).toContain('passwordauthentication no');
    expect((await run(files, { user: 'bob' })).lines).toContain('passwordauthentication yes');
    expect((await run(files)).lines).toContain('passwordauthentication yes');
  });

  it('reports an unknown keyword with its file and line', async () => {
    const r = await run({ '/etc/ssh/sshd_config': 'Port 22\nFooBar yes\n' });
    expect(r.rc).toBe(255);
    expect(r.firstError).toEqual({ path: '/etc/ssh/sshd_config', line: 2, message: 'Bad configuration option: FooBar' });
  });

  it('reports a global-only keyword inside a Match block', async () => {
    const r = await run({ '/etc/ssh/sshd_config': 'Match User x\n    Port 2222\n' });
    expect(r.rc).toBe(255);
    expect(r.firstError).toEqual({ path: '/etc/ssh/sshd_config', line: 2, message: "Directive 'Port' is not allowed within a Match block" });
  });

  it('refuses Match LocalPort without lport, accepts it with lport', async () => {
    const files = { '/etc/ssh/sshd_config': 'Match LocalPort 2222\n  X11Forwarding yes\n' };
    const without = await run(files, { user: 'alice' });
    expect(without.rc).toBe(255);
    expect(without.stderr.join('\n')).toContain("'Match LocalPort' in configuration but 'lport' not in connection test specification");
    expect((await run(files, { lport: 2222 })).lines).toContain('x11forwarding yes');
  });

  it('runs a main config that lives outside /etc/ssh, with relative Includes still under /etc/ssh', async () => {
    const r = await run({ '/sshd_config': 'Include nothing-here/*.conf\nPort 2\n' }, {}, '/sshd_config');
    expect(r.rc).toBe(0);
    expect(r.lines).toContain('port 2');
  });

  it('maps error locations in a config outside /etc/ssh back to host paths', async () => {
    const r = await run({ '/srv/sshd_config': '\nPermitRootLogin maybe\n' }, {}, '/srv/sshd_config');
    expect(r.rc).toBe(255);
    expect(r.firstError).toEqual({ path: '/srv/sshd_config', line: 2, message: 'unsupported option "maybe".' });
  });

  it("Match Group reads the tree's passwd and group files, and no group matches without them", async () => {
    const conf = 'Match Group devs\n  MaxSessions 2\nMatch Group root\n  MaxAuthTries 2\n';
    const withDb = {
      '/etc/ssh/sshd_config': conf,
      '/etc/passwd': 'root:x:0:0:root:/root:/bin/bash\nalice:x:1000:1000::/home/alice:/bin/sh\n',
      '/etc/group': 'root:x:0:\nalice:x:1000:\ndevs:x:2000:bob,alice\n',
    };
    expect((await run(withDb, { user: 'alice' })).lines).toContain('maxsessions 2');
    expect((await run(withDb, { user: 'root' })).lines).toContain('maxauthtries 2');
    const bare = await run({ '/etc/ssh/sshd_config': conf }, { user: 'root' });
    expect(bare.rc).toBe(0);
    expect(bare.lines).toContain('maxauthtries 6');
  });

  it('a missing main file is rc 1', async () => {
    const r = await run({ '/etc/ssh/other': 'Port 2\n' });
    expect(r.rc).toBe(1);
  });

  it('shrinks a failing case to the lines that matter', async () => {
    // A stand-in engine that forgets X11Forwarding: the only line that keeps the mismatch is that one.
    const forgetful: typeof runOurs = (fs, mainPath, specs) =>
      runOurs(fs, mainPath, specs).map((r) => ({ ...r, lines: r.lines.map((l) => (l.startsWith('x11forwarding ') ? 'x11forwarding no' : l)) }));
    const files = {
      '/etc/ssh/sshd_config': 'Port 2222\nInclude /etc/ssh/d/*.conf\nPermitRootLogin no\nMatch User alice\n  X11Forwarding yes\n  MaxSessions 2\n',
      '/etc/ssh/d/a.conf': 'LoginGraceTime 1m\n',
    };
    const r = await shrinkCase(oracle, `${scratch.dir}/shrink`, files, { user: 'alice' }, 'dump', 150, forgetful);
    expect(r.mismatch?.missing).toEqual(['x11forwarding yes']);
    expect(r.files).toEqual({ '/etc/ssh/sshd_config': '  X11Forwarding yes' });
  });

  it('specArgument and firstErrorLine', () => {
    expect(specArgument({})).toBeNull();
    expect(specArgument({ rdomain: 'x', user: 'root', lport: 22 })).toBe('user=root,lport=22,rdomain=x');
    expect(
      firstErrorLine(['/etc/ssh/x line 1: Deprecated option UseLogin', 'reprocess config line 1: Deprecated option UseLogin', '/etc/ssh/x: line 3: Bad configuration option: Foo'], (p) => p),
    ).toEqual({ path: '/etc/ssh/x', line: 3, message: 'Bad configuration option: Foo' });
  });
});
