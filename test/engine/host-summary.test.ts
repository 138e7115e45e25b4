import { describe, expect, it } from 'vitest';
import { lintFiles } from '../../src/engine/run.js';

const summary = (files: Record<string, string>, sshPort?: number) =>
  lintFiles(files, { config: { extends: [] }, ...(sshPort !== undefined ? { sshPort } : {}) }).result.hosts.map(({ name, ...rest }) => ({ name, ...rest }));

const dropAll = '*filter\n:INPUT DROP [0:0]\n:FORWARD DROP [0:0]\n:OUTPUT ACCEPT [0:0]\n-A INPUT -i lo -j ACCEPT\n-A INPUT -p tcp --dport 80 -j ACCEPT\nCOMMIT\n';
const allowSsh = (port: number) => `*filter\n:INPUT DROP [0:0]\n:FORWARD DROP [0:0]\n:OUTPUT ACCEPT [0:0]\n-A INPUT -p tcp --dport ${port} -j ACCEPT\nCOMMIT\n`;

describe('host summary', () => {
  it('answers unknown where the host has no files of that kind', () => {
    expect(summary({ 'etc/ssh/sshd_config': 'PermitRootLogin no\nPasswordAuthentication no\nKbdInteractiveAuthentication no\n' })).toEqual([
      { name: '.', root: '', target: 'debian-12', sshReachable: 'unknown', portConsistent: 'unknown', rootLogin: 'no', passwordLogin: 'no', fail2banActive: 'unknown' },
    ]);
  });

  it('reads root and password login from every Match context', () => {
    const [h] = summary({ 'etc/ssh/sshd_config': 'PermitRootLogin no\nPasswordAuthentication no\nKbdInteractiveAuthentication no\nMatch Address 10.0.0.0/8\n  PermitRootLogin yes\n  PasswordAuthentication yes\n' });
    expect([h?.rootLogin, h?.passwordLogin]).toEqual(['yes', 'yes']);
  });

  it('takes reachability from the firewall at the port sshd listens on', () => {
    expect(summary({ 'etc/ssh/sshd_config': 'Port 2222\n', 'etc/iptables/rules.v4': allowSsh(22) })[0]).toMatchObject({ sshReachable: 'no', portConsistent: 'no' });
    expect(summary({ 'etc/ssh/sshd_config': 'Port 2222\n', 'etc/iptables/rules.v4': allowSsh(2222) })[0]).toMatchObject({ sshReachable: 'yes', portConsistent: 'yes' });
    expect(summary({ 'etc/iptables/rules.v4': dropAll })[0]).toMatchObject({ sshReachable: 'no', portConsistent: 'unknown' });
    expect(summary({ 'etc/iptables/rules.v4': allowSsh(2200) }, 2200)[0]).toMatchObject({ sshReachable: 'yes' });
  });

  it('sees whether the sshd jail is on and covers the sshd port', () => {
    const jail = '[sshd]\nenabled = true\n';
    expect(summary({ 'etc/ssh/sshd_config': 'Port 22\n', 'etc/fail2ban/jail.local': jail })[0]).toMatchObject({ fail2banActive: 'yes', portConsistent: 'yes' });
    expect(summary({ 'etc/ssh/sshd_config': 'Port 2222\n', 'etc/fail2ban/jail.local': jail })[0]).toMatchObject({ fail2banActive: 'yes', portConsistent: 'no' });
    expect(summary({ 'etc/fail2ban/jail.local': '[sshd]\nenabled = false\n' })[0]).toMatchObject({ fail2banActive: 'no' });
  });
});
