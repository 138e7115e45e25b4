import { z } from 'zod';
import { defineRule } from '../../src/engine/define-rule.js';
import type { Location } from '../../src/model/position.js';
import { defaultLocation, sshdOf, tryGet } from './lib/settings.js';

/** Key type from the conventional file name (ssh-keygen -A writes ssh_host_<type>_key). */
function keyType(path: string): 'dsa' | 'ecdsa' | 'ed25519' | 'rsa' | 'other' {
  const base = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  if (base.includes('ed25519')) return 'ed25519';
  if (base.includes('ecdsa')) return 'ecdsa';
  if (base.includes('dsa')) return 'dsa';
  if (base.includes('rsa')) return 'rsa';
  return 'other';
}

export default defineRule({
  id: 'sshd/host-keys',
  meta: {
    description: 'The server uses DSA or NIST ECDSA host keys, or has no Ed25519 host key',
    severity: 'warning',
    tags: ['security', 'crypto', 'devsec'],
    status: 'stable',
    presets: ['strict', 'devsec'],
    references: [
      { title: 'sshd_config(5): HostKey', url: 'https://man.openbsd.org/sshd_config#HostKey' },
      { title: 'DevSec SSH Baseline sshd-14', url: 'https://github.com/dev-sec/ssh-baseline' },
      { title: 'ssh-audit', url: 'https://github.com/jtesta/ssh-audit' },
    ],
    anchors: { devsec: ['sshd-14'], sshAudit: ['Hardened OpenSSH Server policy: host_keys'] },
    precision: 'medium',
    securitySeverity: 4.3,
  },
  options: z.object({
    /** Accept ECDSA (NIST P-curve) host keys; ssh-audit's hardened policies do not. */
    allowEcdsa: z.boolean().default(true),
  }),
  messages: {
    dsa: 'Host key {{path}} is a DSA key: DSA is limited to 1024 bits and SHA-1, and OpenSSH 10 no longer loads it',
    ecdsa: 'Host key {{path}} is an ECDSA key on a NIST curve, which the selected policy rejects',
    noEd25519: 'No Ed25519 host key is configured: clients verify this server with RSA or ECDSA host keys instead',
  },
  check(ctx) {
    const model = sshdOf(ctx);
    if (model === undefined) return;
    const global = model.contexts().find((c) => c.match === null);
    const setting = global === undefined ? undefined : tryGet(global.effective, 'hostkey');
    if (setting === undefined) return;
    const lineOf = (path: string): Location => {
      const directive = model.directives.find((d) => d.canonical === 'hostkey' && d.args[0]?.value === path);
      return directive?.location ?? setting.source?.location ?? defaultLocation(model);
    };
    for (const path of setting.values) {
      const type = keyType(path);
      if (type === 'dsa') ctx.report({ messageId: 'dsa', data: { path }, at: lineOf(path), suggestion: 'Remove this HostKey line and the DSA key' });
      if (type === 'ecdsa' && !ctx.options.allowEcdsa) {
        ctx.report({ messageId: 'ecdsa', data: { path }, at: lineOf(path), suggestion: 'Remove this HostKey line, or allow ECDSA in the rule options' });
      }
    }
    if (!setting.values.some((p) => keyType(p) === 'ed25519')) {
      const first = model.directives.find((d) => d.canonical === 'hostkey');
      ctx.report({
        messageId: 'noEd25519',
        at: first?.location ?? defaultLocation(model),
        suggestion: 'Generate one with "ssh-keygen -t ed25519 -f /etc/ssh/ssh_host_ed25519_key" and add "HostKey /etc/ssh/ssh_host_ed25519_key"',
      });
    }
  },
});
