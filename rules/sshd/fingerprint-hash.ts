import { defineRule } from '../../src/engine/define-rule.js';
import { checkValue } from './lib/value-check.js';

export default defineRule({
  id: 'sshd/fingerprint-hash',
  meta: {
    description: 'Key fingerprints are logged as MD5',
    severity: 'note',
    tags: ['crypto'],
    status: 'stable',
    presets: ['strict'],
    references: [
      { title: 'sshd_config(5): FingerprintHash', url: 'https://man.openbsd.org/sshd_config#FingerprintHash' },
      { title: 'Lynis SSH-7408', url: 'https://github.com/CISOfy/lynis/blob/master/include/tests_ssh' },
    ],
    anchors: { lynis: ['SSH-7408'] },
    precision: 'very-high',
  },
  messages: {
    md5: 'Key fingerprints are logged as MD5 {{where}}: they do not match the SHA256 fingerprints ssh-keygen and ssh show today, and MD5 is collision-prone',
  },
  check(ctx) {
    // FingerprintHash is one of the few keywords where the last line wins; the model already knows which line that is.
    checkValue(ctx, {
      keyword: 'fingerprinthash',
      display: 'FingerprintHash',
      judge: (value) => (value === 'md5' ? 'md5' : undefined),
      fixValue: 'sha256',
    });
  },
});
