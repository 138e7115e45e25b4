import { defineRule } from '../../src/engine/define-rule.js';
import type { SshdContext } from '../../src/model/sshd/index.js';
import { isCbcCipher } from './lib/algorithms.js';
import { listItems, settingsOf, sshdOf, tryGet } from './lib/settings.js';

const CHACHA = 'chacha20-poly1305@openssh.com';

function etmMacs(context: SshdContext): string[] {
  const macs = tryGet(context.effective, 'macs');
  return macs === undefined ? [] : listItems(macs).filter((m) => m.includes('-etm@'));
}

export default defineRule({
  id: 'sshd/terrapin',
  meta: {
    description: 'Cipher and MAC choices leave clients without strict key exchange open to the Terrapin attack',
    severity: 'warning',
    tags: ['security', 'crypto'],
    status: 'stable',
    presets: ['strict'],
    references: [
      { title: 'Terrapin attack (CVE-2023-48795)', url: 'https://terrapin-attack.com/' },
      { title: 'OpenSSH 9.6 release notes', url: 'https://www.openssh.com/txt/release-9.6' },
      { title: 'ssh-audit', url: 'https://github.com/jtesta/ssh-audit' },
    ],
    anchors: { sshAudit: ['CVE-2023-48795 check'] },
    precision: 'medium',
    securitySeverity: 5.9,
  },
  messages: {
    chacha:
      'chacha20-poly1305@openssh.com is enabled {{where}}: clients that lack strict key exchange (OpenSSH before 9.6, PuTTY before 0.80, older libraries) can have the start of their session silently truncated (Terrapin)',
    cbcEtm:
      'CBC ciphers ({{ciphers}}) are enabled together with encrypt-then-MAC MACs {{where}}: clients that lack strict key exchange are exposed to the Terrapin prefix-truncation attack',
  },
  check(ctx) {
    const model = sshdOf(ctx);
    if (model === undefined) return;
    for (const item of settingsOf(model, 'ciphers', (s) => listItems(s).includes(CHACHA))) {
      ctx.report({
        messageId: 'chacha',
        data: { where: item.where },
        at: item.at,
        suggestion: `Remove ${CHACHA} from Ciphers (e.g. "Ciphers -${CHACHA}") if clients without strict key exchange still connect`,
      });
    }
    const vulnerableCbc = settingsOf(model, 'ciphers', (s, context) => listItems(s).some(isCbcCipher) && etmMacs(context).length > 0);
    for (const item of vulnerableCbc) {
      const macs = tryGet(item.context.effective, 'macs');
      ctx.report({
        messageId: 'cbcEtm',
        data: { where: item.where, ciphers: listItems(item.setting).filter(isCbcCipher).join(', ') },
        at: item.at,
        related: macs?.source ? [{ ...macs.source.location, message: 'encrypt-then-MAC MACs are enabled here' }] : [],
        suggestion: 'Remove the CBC ciphers (e.g. "Ciphers -*-cbc")',
      });
    }
  },
});
