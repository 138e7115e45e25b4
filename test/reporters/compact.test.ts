import { describe, expect, it } from 'vitest';
import { compactReporter } from '../../src/reporters/compact.js';
import { meta, sample } from './stylish-sample.js';

describe('compact reporter', () => {
  it('prints one line per unsuppressed finding, after notifications', () => {
    expect(compactReporter(sample, meta)).toBe(
      [
        'hosts/web/etc/ssh/key: warning binary file; skipped [sshlint]',
        'hosts/web/etc/ssh/sshd_config:4:1: error Root can log in [sshd/permit-root-login]',
        'hosts/web/etc/ssh/sshd_config:12:5: warning X11 forwarding is on [sshd/x11-forwarding]',
        'hosts/web/etc/iptables/rules.v4:7:1: error SSH is dropped [firewall/ssh-blocked]',
        '',
      ].join('\n'),
    );
  });

  it('prints nothing for a clean run', () => {
    expect(compactReporter({ ...sample, findings: [], notifications: [] }, meta)).toBe('');
  });
});
