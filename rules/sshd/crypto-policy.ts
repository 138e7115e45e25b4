import { defineRule } from '../../src/engine/define-rule.js';
import { sshdOf, tryGet } from './lib/settings.js';

/** The OpenSSH server back-end file that RHEL's crypto-policies generate. */
const BACKEND = '/etc/crypto-policies/back-ends/opensshserver.config';
const CRYPTO_KEYWORDS = ['ciphers', 'macs', 'kexalgorithms', 'hostkeyalgorithms', 'pubkeyacceptedalgorithms', 'casignaturealgorithms', 'gssapikexalgorithms', 'requiredrsasize'];

export default defineRule({
  id: 'sshd/crypto-policy',
  meta: {
    description: 'The system crypto policy is not included, or silently overrides algorithm settings',
    severity: 'warning',
    tags: ['security', 'crypto', 'stig', 'devsec'],
    status: 'stable',
    presets: ['strict', 'stig', 'devsec'],
    references: [
      { title: 'RHEL 9: Using system-wide cryptographic policies', url: 'https://docs.redhat.com/en/documentation/red_hat_enterprise_linux/9/html/security_hardening/using-the-system-wide-cryptographic-policies_security-hardening' },
      { title: 'ComplianceAsCode sshd_include_crypto_policy', url: 'https://github.com/ComplianceAsCode/content' },
      { title: 'DevSec SSH Baseline sshd-49', url: 'https://github.com/dev-sec/ssh-baseline' },
    ],
    anchors: { stig: ['RHEL-09-255065'], devsec: ['sshd-49'] },
    precision: 'high',
    securitySeverity: 4.3,
  },
  messages: {
    notIncluded:
      'sshd includes neither {{backend}} nor the sshd_config.d drop-ins that include it: the system-wide crypto policy (update-crypto-policies, FIPS mode) has no effect on SSH',
    shadowed:
      '{{keyword}} here never takes effect {{where}}: the crypto-policy file included at {{place}} sets it first, and the first value wins',
  },
  check(ctx) {
    const model = sshdOf(ctx);
    if (model === undefined) return;
    const backendFile = model.files.find((f) => f === BACKEND.slice(1) || f.endsWith(BACKEND));
    // The back-end file only exists on RHEL-family hosts: carrying it marks the host as one, whatever the target says.
    if (!model.target.startsWith('rhel') && backendFile === undefined) return;
    const includes = model.directives.filter((d) => d.canonical === 'include' || d.keyword.value.toLowerCase() === 'include');
    // RHEL ships the back-end Include in sshd_config.d/50-redhat.conf, which a repo often does not carry: an Include of
    // that directory counts, since the package provides the file on the host.
    const reachesPolicy = includes.some((d) => d.args.some((a) => a.value === BACKEND || /(^|\/)sshd_config\.d\/\*/.test(a.value)));
    if (!reachesPolicy) {
      const firstInclude = includes[0];
      ctx.report({
        messageId: 'notIncluded',
        data: { backend: BACKEND },
        at: firstInclude?.location ?? { file: model.mainFile, range: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } } },
        suggestion: `Keep "Include /etc/ssh/sshd_config.d/*.conf" at the top of sshd_config and RHEL's 50-redhat.conf, which includes ${BACKEND}`,
      });
      return;
    }
    if (backendFile === undefined) return;
    const seen = new Set<object>();
    for (const context of model.contexts()) {
      for (const keyword of CRYPTO_KEYWORDS) {
        const setting = tryGet(context.effective, keyword);
        if (setting?.source?.location.file !== backendFile) continue;
        for (const loser of setting.overridden) {
          if (seen.has(loser)) continue;
          seen.add(loser);
          ctx.report({
            messageId: 'shadowed',
            data: { keyword: loser.keyword.value, where: context.label, place: `${setting.source.location.file}:${setting.source.location.range.start.line}` },
            at: loser.location,
            related: [{ ...setting.source.location, message: 'the crypto policy sets it here' }],
            suggestion: 'Change the algorithms with a crypto-policy module (update-crypto-policies --set DEFAULT:MYMODULE) instead of sshd_config',
          });
        }
      }
    }
  },
});
