import { defineRule } from '../../src/engine/define-rule.js';
import { sshdOf } from './lib/settings.js';

export default defineRule({
  id: 'sshd/use-login',
  meta: {
    description: 'The obsolete UseLogin option is still present',
    severity: 'note',
    tags: ['devsec', 'style'],
    status: 'stable',
    presets: ['strict', 'devsec'],
    references: [
      { title: 'OpenSSH 7.4 release notes (UseLogin removed)', url: 'https://www.openssh.com/txt/release-7.4' },
      { title: 'DevSec SSH Baseline sshd-15', url: 'https://github.com/dev-sec/ssh-baseline' },
    ],
    anchors: { devsec: ['sshd-15'] },
    precision: 'very-high',
  },
  messages: {
    obsolete:
      'UseLogin has been ignored since OpenSSH 7.4 (sshd only logs "Deprecated option"): the line does nothing and suggests a login(1) path that no longer exists',
  },
  check(ctx) {
    const model = sshdOf(ctx);
    if (model === undefined) return;
    for (const directive of model.directives) {
      if (directive.keyword.value.toLowerCase() !== 'uselogin') continue;
      ctx.report({
        messageId: 'obsolete',
        at: directive.location,
        fix: { title: 'Remove the UseLogin line', edits: [{ file: directive.location.file, range: directive.location.range, text: '' }] },
      });
    }
  },
});
