import { z } from 'zod';
import { defineRule } from '../../src/engine/define-rule.js';
import { artifactsOf, lineLocation } from './lib/artifacts.js';
import { rsaBits } from './lib/ssh-keys.js';

export default defineRule({
  id: 'sshd/host-key-size',
  meta: {
    description: 'An RSA host key is shorter than the policy requires, or a host key is DSA',
    severity: 'warning',
    tags: ['security', 'crypto', 'devsec'],
    status: 'stable',
    presets: ['strict', 'devsec'],
    references: [
      { title: 'ssh-audit hardening guides', url: 'https://www.ssh-audit.com/hardening_guides.html' },
      { title: 'DevSec SSH Baseline sshd-50', url: 'https://github.com/dev-sec/ssh-baseline' },
    ],
    anchors: { devsec: ['sshd-50'], sshAudit: ['policy hostkey_sizes'] },
    precision: 'very-high',
    securitySeverity: 4.3,
  },
  options: z.object({
    /** Smallest acceptable RSA modulus. ssh-audit warns below 3072 and fails below 2048; DevSec and ssh-audit policies want 4096. */
    minRsaBits: z.number().int().min(1024).default(3072),
  }),
  messages: {
    shortRsa: 'The RSA host key {{path}} has {{bits}} bits (policy: at least {{min}}): clients verify this server with a key weaker than the policy allows',
    dsa: 'The host key {{path}} is DSA: 1024-bit keys with SHA-1 signatures, which OpenSSH 10 no longer loads',
  },
  check(ctx) {
    const min = ctx.options.minRsaBits;
    for (const pub of artifactsOf(ctx, 'public-key')) {
      const line = pub.text?.split(/\r?\n/).find((l) => l.trim() !== '' && !l.startsWith('#'));
      if (line === undefined) continue;
      const lineNo = (pub.text ?? '').split(/\r?\n/).indexOf(line) + 1;
      const privatePath = pub.hostPath.replace(/\.pub$/, '');
      if (line.trim().startsWith('ssh-dss ')) {
        ctx.report({ messageId: 'dsa', data: { path: privatePath }, at: lineLocation(pub, lineNo), suggestion: 'Remove the DSA key and its HostKey line' });
        continue;
      }
      const bits = rsaBits(line);
      if (bits === undefined || bits >= min) continue;
      ctx.report({
        messageId: 'shortRsa',
        data: { path: privatePath, bits, min },
        at: lineLocation(pub, lineNo),
        suggestion: `Replace it: ssh-keygen -t rsa -b ${Math.max(min, 4096)} -f ${privatePath} (clients will see a host key change), or rely on the Ed25519 host key`,
      });
    }
  },
});
