import { defineRule } from '../../src/engine/define-rule.js';
import { checkValue } from './lib/value-check.js';

export default defineRule({
  id: 'sshd/debian-banner',
  meta: {
    description: 'The SSH version string advertises the Debian package revision',
    severity: 'note',
    tags: ['devsec'],
    status: 'stable',
    presets: ['strict', 'devsec'],
    references: [
      { title: 'Debian sshd_config(5): DebianBanner', url: 'https://manpages.debian.org/bookworm/openssh-server/sshd_config.5.en.html' },
      { title: 'DevSec SSH Baseline sshd-47', url: 'https://github.com/dev-sec/ssh-baseline' },
    ],
    anchors: { devsec: ['sshd-47'] },
    precision: 'very-high',
  },
  messages: {
    debianBanner:
      'The version string sent to every client includes the Debian revision {{where}} (DebianBanner {{value}}): scanners learn the exact patch level before any login',
  },
  check(ctx) {
    // Only Debian-family builds know DebianBanner; elsewhere the model does not have the keyword and this is silent.
    checkValue(ctx, {
      keyword: 'debianbanner',
      display: 'DebianBanner',
      judge: (value) => (value === 'yes' ? 'debianBanner' : undefined),
      fixValue: 'no',
    });
  },
});
