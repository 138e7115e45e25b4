import { describe, expect, it } from 'vitest';
import { memoryHostFs } from '../../../src/discover/host-fs.js';
import { buildSshdModel } from '../../../src/model/sshd/index.js';
import type { SshdModel } from '../../../src/model/sshd/index.js';

function model(files: Record<string, string>, target: 'debian-12' | 'upstream' = 'debian-12'): SshdModel {
  const m = buildSshdModel(memoryHostFs(files), { target });
  if (!m) throw new Error('no model');
  return m;
}
const main = (text: string) => model({ '/etc/ssh/sshd_config': text });

describe('sshd model API', () => {
  it('is undefined when the main file does not exist', () => {
    expect(buildSshdModel(memoryHostFs({}), { target: 'debian-12' })).toBeUndefined();
  });

  it('first value wins; later lines are listed as overridden', () => {
    const m = main('PermitRootLogin no\nPermitRootLogin yes\n');
    const s = m.evaluate().get('PermitRootLogin');
    expect(s.values).toEqual(['no']);
    expect(s.source?.location.range.start.line).toBe(1);
    expect(s.overridden.map((d) => d.location.range.start.line)).toEqual([2]);
  });

  it('reports the compiled-in default with a null source', () => {
    const s = main('').evaluate().get('permitrootlogin');
    expect(s).toMatchObject({ keyword: 'permitrootlogin', values: ['without-password'], source: null, overridden: [] });
  });

  it('resolves aliases to shared storage (ChallengeResponseAuthentication wins over a later KbdInteractiveAuthentication)', () => {
    const m = main('ChallengeResponseAuthentication yes\nKbdInteractiveAuthentication no\n');
    const s = m.evaluate().get('KbdInteractiveAuthentication');
    expect(s.values).toEqual(['yes']);
    expect(s.source?.keyword.value).toBe('ChallengeResponseAuthentication');
    expect(s.source?.canonical).toBe('kbdinteractiveauthentication');
  });

  it('throws only for a keyword the target does not know', () => {
    const e = main('').evaluate();
    expect(() => e.get('NoSuchKeyword')).toThrow();
    expect(e.get('Protocol').values).toEqual([]);
  });

  it('lets Match values override global ones for the connections they match', () => {
    const m = main('PasswordAuthentication no\nMatch Address 10.0.0.0/8\n  PasswordAuthentication yes\n');
    expect(m.evaluate().get('passwordauthentication').values).toEqual(['no']);
    const inside = m.evaluate({ addr: '10.1.2.3' }).get('passwordauthentication');
    expect(inside.values).toEqual(['yes']);
    expect(inside.source?.match?.label).toBe('for connections from 10.0.0.0/8');
    expect(inside.overridden.map((d) => d.location.range.start.line)).toEqual([1]);
  });

  it('gives one context per Match block with a label and the effective config inside it', () => {
    const m = main('PermitRootLogin no\nMatch User alice Address 192.168.0.0/16\n  PermitRootLogin yes\nMatch Group admins\n  X11Forwarding yes\n');
    const ctx = m.contexts();
    expect(ctx.map((c) => c.label)).toEqual([
      'for all connections',
      'for user alice and connections from 192.168.0.0/16',
      'for group admins',
    ]);
    expect(ctx[0]?.effective.get('permitrootlogin').values).toEqual(['no']);
    expect(ctx[1]?.effective.get('permitrootlogin').values).toEqual(['yes']);
    expect(ctx[1]?.effective.get('permitrootlogin').source?.location.range.start.line).toBe(3);
    // Group needs the host's group database; the context still shows what the block sets.
    expect(ctx[2]?.effective.get('x11forwarding').values).toEqual(['yes']);
    expect(ctx[2]?.effective.get('permitrootlogin').values).toEqual(['no']);
  });

  it('lists files in read order and directives in processing order with Includes inline', () => {
    const m = model({
      '/etc/ssh/sshd_config': 'Include /etc/ssh/sshd_config.d/*.conf\nPasswordAuthentication no\n',
      '/etc/ssh/sshd_config.d/50-cloud-init.conf': 'PasswordAuthentication yes\n',
      '/etc/ssh/sshd_config.d/10-a.conf': 'Port 2222\n',
    });
    expect(m.files).toEqual(['etc/ssh/sshd_config', 'etc/ssh/sshd_config.d/10-a.conf', 'etc/ssh/sshd_config.d/50-cloud-init.conf']);
    expect(m.directives.map((d) => `${d.location.file}:${d.keyword.value}`)).toEqual([
      'etc/ssh/sshd_config:Include',
      'etc/ssh/sshd_config.d/10-a.conf:Port',
      'etc/ssh/sshd_config.d/50-cloud-init.conf:PasswordAuthentication',
      'etc/ssh/sshd_config:PasswordAuthentication',
    ]);
    const s = m.evaluate().get('PasswordAuthentication');
    expect(s.values).toEqual(['yes']);
    expect(s.source?.location.file).toBe('etc/ssh/sshd_config.d/50-cloud-init.conf');
  });

  it('uses the host group database for Match Group', () => {
    const m = model({
      '/etc/ssh/sshd_config': 'Match Group admins\n  X11Forwarding yes\n',
      '/etc/passwd': 'alice:x:1000:1000::/home/alice:/bin/bash\nbob:x:1001:1001::/home/bob:/bin/bash\n',
      '/etc/group': 'alice:x:1000:\nbob:x:1001:\nadmins:x:2000:alice\n',
    });
    expect(m.evaluate({ user: 'alice' }).get('x11forwarding').values).toEqual(['yes']);
    expect(m.evaluate({ user: 'bob' }).get('x11forwarding').values).toEqual(['no']);
    expect(m.evaluate({ user: 'carol' }).get('x11forwarding').values).toEqual(['no']);
  });

  it('reports fatal diagnostics with sshd wording at the right place', () => {
    const m = main('Port 22\nFooBar yes\nMatch User x\n  Port 2222\n');
    expect(m.valid).toBe(false);
    expect(m.diagnostics.map((d) => [d.severity, d.code, d.message, d.location.range.start.line])).toEqual([
      ['fatal', 'unknown-keyword', 'Bad configuration option: FooBar', 2],
      ['fatal', 'not-allowed-in-match', "Directive 'Port' is not allowed within a Match block", 4],
    ]);
  });

  it('reports deprecated keywords as warnings without making the config invalid', () => {
    const m = main('UsePrivilegeSeparation sandbox\n');
    expect(m.valid).toBe(true);
    expect(m.diagnostics).toMatchObject([{ severity: 'warning', code: 'deprecated-keyword', message: 'Deprecated option UsePrivilegeSeparation' }]);
  });

  it('refuses Match LocalPort without lport only for that evaluation', () => {
    const m = main('Match LocalPort 2222\n  PasswordAuthentication no\n');
    expect(m.valid).toBe(true);
    expect(m.evaluate().diagnostics.map((d) => d.code)).toEqual(['connection-spec']);
    expect(m.evaluate({ lport: 2222 }).get('passwordauthentication').values).toEqual(['no']);
  });

  it('keeps comments with their locations', () => {
    const m = main('#Port 2222\nPort 22 # the usual\n');
    expect(m.comments.map((c) => [c.text, c.location.range.start.line])).toEqual([
      ['#Port 2222', 1],
      ['# the usual', 2],
    ]);
  });

  it('reads its own default dump back to the same dump (as sshd -T does, cfgparse regress)', () => {
    const dump = main('').evaluate().dump();
    const again = main(`${dump.filter((l) => !l.startsWith('hostkey ')).join('\n')}\n`);
    expect(again.valid).toBe(true);
    expect(again.evaluate().dump()).toEqual(dump);
  });

  it('refuses a dumped SetEnv whose value had a space (sshd prints it unquoted)', () => {
    const m = main('SetEnv B=x y\n');
    expect(m.diagnostics.map((d) => [d.message, d.location.range.start.line])).toEqual([['Invalid environment.', 1]]);
  });
});
