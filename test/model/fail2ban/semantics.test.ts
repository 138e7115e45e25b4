import { describe, expect, it } from 'vitest';
import { memoryHostFs } from '../../../src/discover/host-fs.js';
import { buildFail2banModel, extractOptions, parsePortSpec, portCovered, splitWords, timeToSeconds } from '../../../src/model/fail2ban/index.js';
import { readMerged } from '../../../src/model/fail2ban/config-set.js';
import { getInterpolated } from '../../../src/model/fail2ban/interpolate.js';
import { overlaySource } from '../../../src/model/fail2ban/source.js';
import { fail2banPackage } from '../../../src/model/fail2ban/shipped.js';

describe('timeToSeconds = fail2ban MyTime.str2seconds (values from fail2ban 1.0.2)', () => {
  const cases: [string, number | undefined][] = [
    ['10m', 600], ['1d12h', 129600], ['1year-6mo', 15778800], ['6 months', 15778800], ['1h 30m', 5400], ['-1', -1],
    ['600', 600], ['1x', undefined], ['0d 1h 30m', 5400], ['1mo', 2629800], ['1 m', 60], ['5 5', 10], ['1w2d', 777600],
    ['08', undefined], ['3h-1', 10799], ['1h*2', 7200],
  ];
  it.each(cases)('%s', (text, seconds) => expect(timeToSeconds(text)).toBe(seconds));
});

describe('option groups (fail2ban helpers.extractOptions / splitwords)', () => {
  it('reads names, quoted arguments and several groups', () => {
    const r = extractOptions('iptables-multiport[port="ssh, 2222", protocol=tcp][chain=\'INPUT\']');
    expect(r.ok && r.group.name).toBe('iptables-multiport');
    expect(r.ok && Object.fromEntries(r.group.args)).toEqual({ port: 'ssh, 2222', protocol: 'tcp', chain: 'INPUT' });
    expect(extractOptions('iptables[port=22, bad').ok).toBe(false);
    expect(extractOptions('sshd[mode=normal, "x"]').ok).toBe(false);
  });
  it('splits ignoreip on spaces, commas and newlines', () => {
    expect(splitWords('127.0.0.1/8 ::1,10.0.0.0/8\n  192.0.2.1')).toEqual(['127.0.0.1/8', '::1', '10.0.0.0/8', '192.0.2.1']);
  });
});

describe('ports', () => {
  it('resolves service names, lists and ranges', () => {
    const spec = parsePortSpec('ssh,2222,10000:10010');
    expect(portCovered(spec, 22) && portCovered(spec, 2222) && portCovered(spec, 10005)).toBe(true);
    expect(portCovered(spec, 2200)).toBe(false);
    expect(parsePortSpec('0:65535').allPorts).toBe(true);
    expect(parsePortSpec('99999').items[0]?.kind).toBe('invalid');
  });
});

describe('interpolation (values from fail2ban SafeConfigParserWithIncludes on the same two files)', () => {
  const fs = memoryHostFs({
    '/etc/fail2ban/a.conf': '[DEFAULT]\nport = 0:65535\nx = %(y)s\ny = %(x)s\npct = 50%%\nbad = 50%\n[sshd]\nport = ssh\nname = %(__name__)s\nother = %(recidive/bantime)s\nsdef = %(default/port)s\n[recidive]\nbantime = 1w\n',
    '/etc/fail2ban/b.local': '[sshd]\nport = %(known/port)s,2222\nlp = %(missing)s\nkd = %(known/findtime)s\n[DEFAULT]\nfindtime = 5m\n',
  });
  const source = overlaySource(fs, { origin: '', files: {}, pythonActions: [] });
  const cfg = readMerged(source, ['/etc/fail2ban/a.conf']);
  const get = (k: string): string => {
    const r = getInterpolated(cfg, 'sshd', k);
    return r === undefined ? 'UNSET' : r.ok ? r.value : `ERR:${r.error.kind}`;
  };
  it('follows includes of .local companions and resolves known/, default/, section/ and __name__', () => {
    expect(cfg.filesRead).toEqual(['/etc/fail2ban/a.conf']);
    const both = readMerged(source, ['/etc/fail2ban/a.conf', '/etc/fail2ban/b.local']);
    const g = (k: string): string => {
      const r = getInterpolated(both, 'sshd', k);
      return r === undefined ? 'UNSET' : r.ok ? r.value : `ERR:${r.error.kind}`;
    };
    expect(['port', 'name', 'other', 'sdef', 'pct', 'bad', 'lp', 'x', 'kd'].map(g)).toEqual([
      'ssh,2222', 'sshd', '1w', '0:65535', '50%', 'ERR:syntax', 'ERR:missing', 'ERR:depth', '5m',
    ]);
    expect(get('port')).toBe('ssh');
  });
});

// Checked with fail2ban's SafeConfigParserWithIncludes.read on the same files.
describe('read order', () => {
  it('reads X.local right after an included X.conf, and [INCLUDES] before/after around the file', () => {
    const fs = memoryHostFs({
      '/etc/fail2ban/main.conf': '[INCLUDES]\nbefore = pre.conf\nafter = post.conf\n[DEFAULT]\nv = main\n',
      '/etc/fail2ban/pre.conf': '[DEFAULT]\nv = pre\n',
      '/etc/fail2ban/pre.local': '[DEFAULT]\nv = pre-local\n',
      '/etc/fail2ban/post.conf': '[INCLUDES]\nbefore = main.conf\n[DEFAULT]\nv = post\n',
    });
    const cfg = readMerged(overlaySource(fs, { origin: '', files: {}, pythonActions: [] }), ['/etc/fail2ban/main.conf']);
    // post.conf's include of main.conf is a loop and is skipped.
    expect(cfg.filesRead).toEqual(['/etc/fail2ban/pre.conf', '/etc/fail2ban/pre.local', '/etc/fail2ban/main.conf', '/etc/fail2ban/post.conf']);
    expect(cfg.defaults.get('v')?.value).toBe('post');
  });
});

describe('buildFail2banModel', () => {
  it('is undefined without fail2ban files', () => {
    expect(buildFail2banModel(memoryHostFs({ '/etc/ssh/sshd_config': 'Port 22\n' }), { target: 'debian-12' })).toBeUndefined();
  });

  it('uses each target package: Debian 12 iptables + auto, Debian 13 nftables + systemd, RHEL 9 firewalld + systemd', () => {
    const fs = memoryHostFs({ '/etc/fail2ban/jail.local': '[DEFAULT]\nbantime = 1h\n' });
    const sshd = (target: 'debian-12' | 'debian-13' | 'rhel-9') => buildFail2banModel(fs, { target })!.jail('sshd')!;
    expect([sshd('debian-12').enabled.value, sshd('debian-12').backend.value, sshd('debian-12').actions.value[0]?.file]).toEqual([true, 'auto', 'iptables-multiport']);
    expect([sshd('debian-13').enabled.value, sshd('debian-13').backend.value, sshd('debian-13').actions.value[0]?.file]).toEqual([true, 'systemd', 'nftables']);
    expect([sshd('rhel-9').enabled.value, sshd('rhel-9').backend.value, sshd('rhel-9').logpath.value, sshd('rhel-9').actions.value[0]?.file]).toEqual([
      false, 'systemd', ['/var/log/secure'], 'firewallcmd-rich-rules',
    ]);
    expect(fail2banPackage('debian-12').evidence).toBe('proven');
  });

  it('locates values in the repo, and knows which come from the package', () => {
    const m = buildFail2banModel(memoryHostFs({ '/etc/fail2ban/jail.local': '[sshd]\nport = 2222\n' }), { target: 'debian-12' })!;
    const j = m.jail('sshd')!;
    expect(j.port.entry?.location.file).toBe('etc/fail2ban/jail.local');
    expect(j.port.entry?.shipped).toBe(false);
    expect(j.enabled.entry?.location.file).toBe('etc/fail2ban/jail.d/defaults-debian.conf');
    expect(j.enabled.entry?.shipped).toBe(true);
    expect(m.files).toEqual(['etc/fail2ban/jail.local']);
  });
});
