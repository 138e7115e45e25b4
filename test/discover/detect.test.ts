import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../src/discover/detect.js';

const none = () => undefined;
const text = (t: string) => () => t;

describe('detectFormat', () => {
  it.each([
    ['etc/ssh/sshd_config', 'sshd', 'main', ''],
    ['hosts/web/etc/ssh/sshd_config', 'sshd', 'main', 'hosts/web'],
    ['hosts/web/etc/ssh/sshd_config.d/50-cloud-init.conf', 'sshd', 'fragment', 'hosts/web'],
    ['hosts/web/etc/iptables/rules.v4', 'iptables-save', 'main', 'hosts/web'],
    ['hosts/web/etc/iptables/rules.v6', 'iptables-save', 'main', 'hosts/web'],
    ['rhel/etc/sysconfig/iptables', 'iptables-save', 'main', 'rhel'],
    ['rhel/etc/sysconfig/ip6tables', 'iptables-save', 'main', 'rhel'],
    ['a/etc/nftables.conf', 'nftables', 'main', 'a'],
    ['a/etc/ufw/user.rules', 'ufw', 'main', 'a'],
    ['a/etc/ufw/user6.rules', 'ufw', 'main', 'a'],
    ['a/etc/ufw/before.rules', 'ufw', 'main', 'a'],
    ['a/etc/default/ufw', 'ufw-default', 'main', 'a'],
    ['a/etc/firewalld/zones/public.xml', 'firewalld', 'main', 'a'],
    ['a/etc/firewalld/firewalld.conf', 'firewalld', 'main', 'a'],
    ['a/etc/fail2ban/jail.local', 'fail2ban', 'main', 'a'],
    ['a/etc/fail2ban/jail.d/sshd.conf', 'fail2ban', 'main', 'a'],
    ['a/etc/fail2ban/filter.d/sshd.local', 'fail2ban', 'main', 'a'],
    ['x/etc/y/etc/ssh/sshd_config', 'sshd', 'main', 'x/etc/y'],
  ])('%s is %s (%s) on host "%s"', (path, format, role, root) => {
    const d = detectFormat(path, none);
    expect(d).toMatchObject({ format, role, placement: { kind: 'tree', root } });
  });

  it('treats sshd configs outside etc/ssh as standalone hosts', () => {
    expect(detectFormat('configs/web.sshd_config', none)?.placement).toEqual({ kind: 'standalone' });
    expect(detectFormat('sshd_config', none)?.format).toBe('sshd');
    expect(detectFormat('ansible/files/sshd_config', none)).toMatchObject({ format: 'sshd', placement: { kind: 'standalone' } });
    expect(detectFormat('ansible/files/hardened.conf', none, (p) => p.endsWith('hardened.conf'))?.format).toBe('sshd');
  });

  it('sniffs ambiguous names', () => {
    expect(detectFormat('fw/web.rules', text('*filter\n:INPUT DROP [0:0]\n-A INPUT -p tcp --dport 22 -j ACCEPT\nCOMMIT\n'))?.format).toBe('iptables-save');
    expect(detectFormat('fw/dump.txt', text('Chain INPUT (policy DROP)\ntarget     prot opt source               destination\n'))?.format).toBe('iptables-list');
    expect(detectFormat('fw/ruleset.json', text('{"nftables": [{"metainfo": {}}]}'))?.format).toBe('nftables-json');
    expect(detectFormat('fw/package.json', text('{"name": "x"}'))).toBeUndefined();
    expect(detectFormat('notes/todo.txt', text('buy milk\n'))).toBeUndefined();
    expect(detectFormat('fw/ruleset.nft', none)?.format).toBe('nftables');
  });

  it('puts a sniffed dump under <X>/etc/ on host <X>', () => {
    expect(detectFormat('hosts/a/etc/iptables.rules', text('*filter\nCOMMIT\n'))).toMatchObject({ placement: { kind: 'tree', root: 'hosts/a', hostPath: '/etc/iptables.rules' } });
  });

  it('ignores files it does not know', () => {
    expect(detectFormat('README.md', none)).toBeUndefined();
    expect(detectFormat('hosts/web/etc/hosts', none)).toBeUndefined();
    expect(detectFormat('hosts/web/etc/ssh/ssh_config', none)).toBeUndefined();
  });
});
