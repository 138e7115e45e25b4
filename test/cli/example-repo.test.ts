import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { captureIo } from '../helpers/io.js';

/** The README's first command: the example repo must show real findings on several hosts. */
describe('fixtures/example-repo', () => {
  it('reports real problems on several hosts and exits 1', async () => {
    const io = captureIo();
    expect(await main(['fixtures/example-repo', '--format', 'json'], io)).toBe(1);
    const json = JSON.parse(io.out()) as { findings: { ruleId: string; host: string; suppressed?: unknown }[]; hosts: { root: string }[]; notifications: unknown[] };
    expect(json.notifications).toEqual([]);
    const hostsWithFindings = new Set(json.findings.filter((f) => !f.suppressed).map((f) => f.host));
    expect(hostsWithFindings.size).toBeGreaterThanOrEqual(3);
    expect(json.hosts.map((h) => h.root)).toEqual(expect.arrayContaining(['fixtures/example-repo/hosts/bastion', 'fixtures/example-repo/hosts/db1', 'fixtures/example-repo/hosts/web1']));
    // The cloud-init drop-in on the bastion re-enables passwords: reported where the winning line is.
    expect(json.findings).toContainEqual(
      expect.objectContaining({ ruleId: 'sshd/password-authentication', location: expect.objectContaining({ file: 'fixtures/example-repo/hosts/bastion/etc/ssh/sshd_config.d/50-cloud-init.conf' }) }),
    );
    // gw1 moved sshd to 2222 but its firewall and fail2ban jail still expect 22.
    const gw1 = json.findings.filter((f) => f.host === 'fixtures/example-repo/hosts/gw1').map((f) => f.ruleId);
    expect(gw1).toEqual(expect.arrayContaining(['firewall/ssh-blocked', 'firewall/stale-ssh-port', 'fail2ban/port-mismatch']));
    // web1 lets root log in.
    expect(json.findings).toContainEqual(expect.objectContaining({ ruleId: 'sshd/permit-root-login', host: 'fixtures/example-repo/hosts/web1' }));
  });
});
