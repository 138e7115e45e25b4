import { describe, expect, it } from 'vitest';
import { memoryHostFs } from '../../../src/discover/host-fs.js';
import { buildSshdModel, getSshdTarget } from '../../../src/model/sshd/index.js';
import type { SshdModel } from '../../../src/model/sshd/index.js';
import { TARGET_NAMES } from '../../../src/model/targets.js';
import type { TargetName } from '../../../src/model/targets.js';

function model(text: string, target: TargetName): SshdModel {
  const m = buildSshdModel(memoryHostFs({ '/etc/ssh/sshd_config': text }), { target });
  if (!m) throw new Error('no model');
  return m;
}

/**
 * Release differences the research verified by running OpenSSH 10.5p1 next to Debian's 9.2p1
 * (sshd-catalog.md §3.2) and that the release notes state; modelled targets must follow them.
 */
describe('sshd targets', () => {
  it('every target dumps a complete default config whose keywords it knows', () => {
    for (const name of TARGET_NAMES) {
      const t = getSshdTarget(name);
      const dump = model('', name).evaluate().dump();
      expect(dump.length, name).toBeGreaterThan(70);
      const known = new Set(t.keywords.map((k) => k.name));
      for (const line of dump) expect(known.has((line.split(' ')[0] ?? '').toLowerCase()), `${name}: ${line}`).toBe(true);
    }
  });

  it('10.4+ prints CamelCase keywords; 9.x prints lowercase', () => {
    expect(model('', 'upstream').evaluate().dump().slice(0, 2)).toEqual(['Port 22', 'AddressFamily any']);
    expect(model('', 'upstream').evaluate().dump()).toContain('PermitRootLogin prohibit-password');
    expect(model('', 'debian-12').evaluate().dump()).toContain('permitrootlogin without-password');
  });

  it('knows which releases have mlkem768x25519-sha256 and ssh-dss', () => {
    expect(model('KexAlgorithms mlkem768x25519-sha256\n', 'debian-12').valid).toBe(false);
    expect(model('KexAlgorithms mlkem768x25519-sha256\n', 'upstream').valid).toBe(true);
    expect(model('PubkeyAcceptedKeyTypes +ssh-dss\n', 'debian-12').valid).toBe(true);
    expect(model('PubkeyAcceptedKeyTypes +ssh-dss\n', 'upstream').valid).toBe(false);
  });

  it('refuses keywords a release does not have', () => {
    expect(model('PerSourcePenalties no\n', 'debian-12').valid).toBe(false);
    expect(model('PerSourcePenalties no\n', 'debian-13').valid).toBe(true);
    expect(model('ChannelTimeout session=5m\n', 'ubuntu-22.04').valid).toBe(false);
    expect(model('ChannelTimeout session=5m\n', 'debian-12').valid).toBe(true);
    expect(model('PAMAuthenticationViaKbdInt no\n', 'debian-12').valid).toBe(true);
    expect(model('PAMAuthenticationViaKbdInt no\n', 'upstream').valid).toBe(false);
    expect(model('DebianBanner no\n', 'ubuntu-24.04').valid).toBe(true);
    expect(model('DebianBanner no\n', 'upstream').valid).toBe(false);
  });

  it('a duplicate Subsystem is fatal up to 9.4 and ignored later; 9.5+ allows Subsystem in Match', () => {
    const dup = 'Subsystem sftp internal-sftp\nSubsystem sftp /usr/lib/openssh/sftp-server\n';
    expect(model(dup, 'debian-12').valid).toBe(false);
    const later = model(dup, 'ubuntu-24.04');
    expect(later.valid).toBe(true);
    expect(later.evaluate().get('subsystem').values).toEqual(['sftp internal-sftp']);
    const inMatch = 'Subsystem sftp internal-sftp\nMatch User alice\n  Subsystem sftp /usr/lib/openssh/sftp-server\n';
    expect(model(inMatch, 'debian-12').valid).toBe(false);
    const m = model(inMatch, 'debian-13');
    expect(m.evaluate({ user: 'alice' }).get('subsystem').values).toEqual(['sftp /usr/lib/openssh/sftp-server']);
    expect(m.evaluate({ user: 'bob' }).get('subsystem').values).toEqual(['sftp internal-sftp']);
  });

  it('uses the release default algorithm order (GCM before CTR from 10.0)', () => {
    expect(model('', 'debian-12').evaluate().get('ciphers').values[0]).toBe(
      'chacha20-poly1305@openssh.com,aes128-ctr,aes192-ctr,aes256-ctr,aes128-gcm@openssh.com,aes256-gcm@openssh.com',
    );
    expect(model('', 'debian-13').evaluate().get('ciphers').values[0]).toBe(
      'chacha20-poly1305@openssh.com,aes128-gcm@openssh.com,aes256-gcm@openssh.com,aes128-ctr,aes192-ctr,aes256-ctr',
    );
    expect(model('', 'debian-13').evaluate().get('kexalgorithms').values[0]?.startsWith('mlkem768x25519-sha256,')).toBe(true);
  });
});
