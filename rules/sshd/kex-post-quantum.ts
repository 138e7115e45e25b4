import { defineRule } from '../../src/engine/define-rule.js';
import { isPostQuantumKex } from './lib/algorithms.js';
import { listItems, settingsOf, setValueFix, sshdOf } from './lib/settings.js';
import { postQuantumKex } from './lib/target.js';

export default defineRule({
  id: 'sshd/kex-post-quantum',
  meta: {
    description: 'Key exchange is not protected against future quantum computers',
    severity: 'warning',
    tags: ['security', 'crypto', 'cis'],
    status: 'stable',
    presets: ['strict', 'cis'],
    references: [
      { title: 'sshd_config(5): KexAlgorithms', url: 'https://man.openbsd.org/sshd_config#KexAlgorithms' },
      { title: 'OpenSSH: post-quantum cryptography', url: 'https://www.openssh.com/pq.html' },
      { title: 'ssh-audit', url: 'https://github.com/jtesta/ssh-audit' },
    ],
    anchors: { cis: ['Debian 13 5.1.13'], sshAudit: ['Hardened OpenSSH Server v10.x policy: kex'] },
    precision: 'very-high',
    securitySeverity: 4.3,
  },
  messages: {
    none: 'No post-quantum key exchange is enabled {{where}} although this sshd supports {{available}}: recorded sessions can be decrypted once large quantum computers exist ("store now, decrypt later")',
  },
  check(ctx) {
    const model = sshdOf(ctx);
    if (model === undefined) return;
    const available = postQuantumKex(model.target);
    if (available.length === 0) return;
    const preferred = available[0] ?? '';
    // The client's preference order decides the key exchange (RFC 4253 7.1), so only presence matters here.
    for (const item of settingsOf(model, 'kexalgorithms', (s) => !listItems(s).some(isPostQuantumKex))) {
      ctx.report({
        messageId: 'none',
        data: { where: item.where, available: available.join(', ') },
        at: item.at,
        fix: setValueFix(model, item, 'KexAlgorithms', [preferred, ...listItems(item.setting)].join(',')),
      });
    }
  },
});
