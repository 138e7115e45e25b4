import type { LintResult } from '../../src/engine/result.js';
import type { Finding } from '../../src/model/finding.js';
import type { ReportMeta } from '../../src/reporters/index.js';

const at = (file: string, line: number, column: number, endColumn: number) => ({ file, range: { start: { line, column }, end: { line, column: endColumn } } });

const finding = (ruleId: string, severity: Finding['severity'], message: string, file: string, line: number, column: number, extra: Partial<Finding> = {}): Finding => ({
  ruleId,
  messageId: 'm',
  severity,
  message,
  location: at(file, line, column, column + 3),
  related: [],
  host: 'hosts/web',
  ...extra,
});

/** A small result with two files, every severity, a suppressed finding and a notification. */
export const sample: LintResult = {
  findings: [
    finding('sshd/permit-root-login', 'error', 'Root can log in', 'hosts/web/etc/ssh/sshd_config', 4, 1),
    finding('sshd/x11-forwarding', 'warning', 'X11 forwarding is on', 'hosts/web/etc/ssh/sshd_config', 12, 5),
    finding('sshd/banner', 'note', 'No banner', 'hosts/web/etc/ssh/sshd_config', 12, 5, { suppressed: { kind: 'inline', reason: 'kiosk', location: at('hosts/web/etc/ssh/sshd_config', 11, 1, 40) } }),
    finding('firewall/ssh-blocked', 'error', 'SSH is dropped', 'hosts/web/etc/iptables/rules.v4', 7, 1),
  ],
  notifications: [{ level: 'warning', message: 'hosts/web/etc/ssh/key: binary file; skipped', file: 'hosts/web/etc/ssh/key' }],
  files: ['hosts/web/etc/iptables/rules.v4', 'hosts/web/etc/ssh/sshd_config'],
  hosts: [{ name: 'web', root: 'hosts/web', target: 'debian-12', sshReachable: 'no', portConsistent: 'no', rootLogin: 'yes', passwordLogin: 'no', fail2banActive: 'unknown' }],
  rules: [],
  severities: {},
  executionSuccessful: true,
};

export const meta: ReportMeta = {
  version: '9.9.9',
  cwd: '/repo',
  repoRoot: '/repo',
  color: false,
  ruleDocs: () => undefined,
  docsUrl: (id) => `https://example.com/${id}.md`,
};
