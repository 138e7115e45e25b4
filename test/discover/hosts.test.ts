import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../src/discover/detect.js';
import { memoryHostFs } from '../../src/discover/host-fs.js';
import { groupHosts } from '../../src/discover/hosts.js';
import { mountHostFs, recordingHostFs } from '../../src/discover/mount.js';

const plan = (paths: string[]) => groupHosts(paths.map((path) => ({ path, detected: detectFormat(path, () => '*filter\n:INPUT DROP [0:0]\nCOMMIT\n')! })));

describe('groupHosts', () => {
  it('groups <X>/etc files by X and makes standalone sshd configs their own hosts', () => {
    const hosts = plan([
      'hosts/web/etc/ssh/sshd_config',
      'hosts/web/etc/ssh/sshd_config.d/a.conf',
      'hosts/web/etc/nftables.conf',
      'hosts/db/etc/fail2ban/jail.local',
      'lab/a.sshd_config',
      'lab/b.sshd_config',
      'lab/fw.rules',
    ]);
    expect(hosts.map((h) => [h.root, h.name, h.hostPrefix, h.repoDir, h.sshdMain ?? null, h.files.length])).toEqual([
      ['hosts/db', 'db', '/', 'hosts/db', null, 1],
      ['hosts/web', 'web', '/', 'hosts/web', '/etc/ssh/sshd_config', 3],
      ['lab', 'lab', '/', 'lab', null, 1],
      ['lab/a.sshd_config', 'a', '/etc/ssh', 'lab', '/etc/ssh/a.sshd_config', 1],
      ['lab/b.sshd_config', 'b', '/etc/ssh', 'lab', '/etc/ssh/b.sshd_config', 1],
    ]);
  });
});

describe('mountHostFs', () => {
  const repo = memoryHostFs({
    '/hosts/web/etc/ssh/sshd_config': 'Include /etc/ssh/sshd_config.d/*.conf\n',
    '/hosts/web/etc/ssh/sshd_config.d/b.conf': 'B\n',
    '/hosts/web/etc/ssh/sshd_config.d/a.conf': 'A\n',
    '/hosts/db/etc/shadow': 'secret\n',
    '/lab/edge.sshd_config': 'Include extra.conf\n',
    '/lab/extra.conf': 'X\n',
  });

  it('maps host paths under the host root and clamps .. at the host root', () => {
    const fs = mountHostFs(repo, '/', 'hosts/web', 'hosts/web');
    expect(fs.glob('/etc/ssh/sshd_config.d/*.conf')).toEqual(['/etc/ssh/sshd_config.d/a.conf', '/etc/ssh/sshd_config.d/b.conf']);
    expect(fs.read('/etc/ssh/sshd_config.d/a.conf')).toMatchObject({ ok: true, text: 'A\n', repoPath: 'hosts/web/etc/ssh/sshd_config.d/a.conf' });
    expect(fs.read('/../../db/etc/shadow')).toMatchObject({ ok: false, reason: 'missing' });
    expect(fs.read('/../db/etc/shadow').ok).toBe(false);
    expect(fs.toRepoPath('/etc/ssh/sshd_config')).toBe('hosts/web/etc/ssh/sshd_config');
  });

  it('lets a standalone file stand for /etc/ssh', () => {
    const fs = mountHostFs(repo, '/etc/ssh', 'lab', 'lab/edge.sshd_config');
    expect(fs.read('/etc/ssh/extra.conf')).toMatchObject({ ok: true, repoPath: 'lab/extra.conf' });
    expect(fs.glob('/etc/ssh/*.conf')).toEqual(['/etc/ssh/extra.conf']);
    expect(fs.read('/etc/passwd').ok).toBe(false);
    expect(fs.read('/etc/ssh/../../lab/extra.conf').ok).toBe(false);
  });

  it('treats glob characters in a host folder name literally', () => {
    const odd = memoryHostFs({ '/hosts/web[1]/etc/a.conf': 'A\n', '/hosts/web1/etc/b.conf': 'B\n', '/hosts/we*b/etc/c.conf': 'C\n' });
    expect(mountHostFs(odd, '/', 'hosts/web[1]', 'hosts/web[1]').glob('/etc/*.conf')).toEqual(['/etc/a.conf']);
    expect(mountHostFs(odd, '/', 'hosts/we*b', 'hosts/we*b').glob('/etc/*.conf')).toEqual(['/etc/c.conf']);
  });

  it('records what models read', () => {
    const { fs, log } = recordingHostFs(mountHostFs(repo, '/', 'hosts/web', 'hosts/web'));
    fs.read('/etc/ssh/sshd_config');
    fs.read('/etc/missing');
    expect([...log.texts.keys()]).toEqual(['hosts/web/etc/ssh/sshd_config']);
    expect(log.failures.size).toBe(0);
  });
});
