import { defineRule } from '../../src/engine/define-rule.js';
import { checkSignatureList, isSha1OrDsa } from './lib/signature-algorithms.js';

export default defineRule({
  id: 'sshd/hostbased-accepted-algorithms',
  meta: {
    description: 'Client host keys may sign with SHA-1 or DSA',
    severity: 'note',
    tags: ['security', 'crypto'],
    status: 'stable',
    presets: ['strict'],
    references: [
      { title: 'sshd_config(5): HostbasedAcceptedAlgorithms', url: 'https://man.openbsd.org/sshd_config#HostbasedAcceptedAlgorithms' },
      { title: 'ssh-audit hardening guides', url: 'https://www.ssh-audit.com/hardening_guides.html' },
    ],
    anchors: { sshAudit: ['hardening guide: HostbasedAcceptedAlgorithms'] },
    precision: 'high',
    securitySeverity: 3.7,
  },
  messages: {
    weakAlgorithms:
      'Host-based signatures with {{weak}} are accepted {{where}} ({{keyword}}): SHA-1 and DSA signatures can be forged by well-funded attackers',
  },
  check(ctx) {
    checkSignatureList(ctx, 'HostbasedAcceptedAlgorithms', 'weakAlgorithms', isSha1OrDsa);
  },
});
