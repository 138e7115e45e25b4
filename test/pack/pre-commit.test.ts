import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { detectFormat } from '../../src/discover/detect.js';

interface Hook {
  id: string;
  entry: string;
  language: string;
  files: string;
  pass_filenames?: boolean;
}
const hooks = parse(readFileSync(new URL('../../.pre-commit-hooks.yaml', import.meta.url), 'utf8')) as Hook[];
const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { bin: Record<string, string> };
const hook = hooks.find((h) => h.id === 'sshlint');
// pre-commit matches `files` with Python's re.search; this pattern uses nothing JavaScript reads differently.
const files = new RegExp(hook?.files ?? '$^');

/** Paths sshlint detects by name alone (no content sniffing needed). */
const DETECTED = [
  'etc/ssh/sshd_config',
  'hosts/web1/etc/ssh/sshd_config',
  'hosts/web1/etc/ssh/sshd_config.d/10-hardening.conf',
  'configs/bastion.sshd_config',
  'etc/iptables/rules.v4',
  'etc/iptables/rules.v6',
  'etc/sysconfig/iptables',
  'etc/nftables.conf',
  'etc/nftables.d/ssh.nft',
  'firewall/edge.nft',
  'etc/ufw/user.rules',
  'etc/ufw/before6.rules',
  'etc/default/ufw',
  'etc/firewalld/zones/public.xml',
  'etc/fail2ban/jail.local',
  'etc/fail2ban/jail.d/sshd.conf',
  'etc/fail2ban/filter.d/sshd.local',
];
const IGNORED = ['README.md', 'src/main.ts', 'etc/ssh/ssh_config', 'etc/ssh/moduli', 'etc/hosts', 'docs/fail2ban.md'];

describe('.pre-commit-hooks.yaml', () => {
  it('declares a node hook whose entry is the package bin', () => {
    expect(hook).toBeDefined();
    expect(hook?.language).toBe('node');
    expect(Object.keys(pkg.bin)).toContain(hook?.entry);
    expect(readFileSync(new URL(`../../${pkg.bin[hook?.entry ?? '']}`, import.meta.url), 'utf8')).toMatch(/^#!\/usr\/bin\/env node/);
    // Whole hosts are linted, so pre-commit must not pass only the staged files.
    expect(hook?.pass_filenames).toBe(false);
  });

  it('triggers on the files sshlint detects, and not on others', () => {
    for (const p of DETECTED) {
      expect(detectFormat(p, () => undefined), p).toBeDefined();
      expect(files.test(p), p).toBe(true);
    }
    for (const p of IGNORED) {
      expect(detectFormat(p, () => undefined), p).toBeUndefined();
      expect(files.test(p), p).toBe(false);
    }
    expect(files.test('.sshlint.yml')).toBe(true);
  });
});
