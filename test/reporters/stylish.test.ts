import { describe, expect, it } from 'vitest';
import { stylishReporter } from '../../src/reporters/stylish.js';
import { meta, sample } from './stylish-sample.js';

describe('stylish reporter', () => {
  it('prints notifications, then findings grouped by file with aligned columns, then the count', () => {
    expect(stylishReporter(sample, meta)).toBe(
      [
        'sshlint warning hosts/web/etc/ssh/key: binary file; skipped',
        '',
        'hosts/web/etc/ssh/sshd_config',
        '  4:1   error    Root can log in       sshd/permit-root-login',
        '  12:5  warning  X11 forwarding is on  sshd/x11-forwarding',
        '',
        'hosts/web/etc/iptables/rules.v4',
        '  7:1  error  SSH is dropped  firewall/ssh-blocked',
        '',
        '✖ 3 problems (2 errors, 1 warning, 0 notes) in 2 files, 1 host',
        '  1 suppressed by sshlint-disable comments (--format json lists them with reasons)',
        '',
      ].join('\n'),
    );
  });

  it('colors severities only when asked', () => {
    expect(stylishReporter(sample, meta)).not.toContain('\u001b[');
    expect(stylishReporter(sample, { ...meta, color: true })).toContain('\u001b[31merror');
  });

  it('says when there is nothing to report', () => {
    expect(stylishReporter({ ...sample, findings: [], notifications: [] }, meta)).toBe('✔ no problems (2 files, 1 host)\n');
  });
});
