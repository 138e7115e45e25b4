import { defineRule } from '../../src/engine/define-rule.js';
import { checkSignatureList, isSha1OrDsa } from './lib/signature-algorithms.js';

export default defineRule({
  id: 'sshd/ca-signature-algorithms',
  meta: {
    description: 'Certificate authorities may sign with SHA-1 or DSA',
    severity: 'note',
    tags: ['security', 'crypto'],
    status: 'stable',
    presets: ['strict'],
    references: [
      { title: 'sshd_config(5): CASignatureAlgorithms', url: 'https://man.openbsd.org/sshd_config#CASignatureAlgorithms' },
      { title: 'ssh-audit hardening guides', url: 'https://www.ssh-audit.com/hardening_guides.html' },
    ],
    anchors: { sshAudit: ['hardening guide: CASignatureAlgorithms'] },
    precision: 'high',
    securitySeverity: 3.7,
  },
  messages: {
    weakAlgorithms:
      'Certificates signed by a CA with {{weak}} are accepted {{where}} ({{keyword}}): a forged SHA-1 certificate signature would let anyone log in',
  },
  check(ctx) {
    checkSignatureList(ctx, 'CASignatureAlgorithms', 'weakAlgorithms', isSha1OrDsa);
  },
});
