import { defineRule } from '../../src/engine/define-rule.js';
import type { SshdDirective } from '../../src/model/sshd/index.js';
import { artifactsOf } from './lib/artifacts.js';
import { defaultLocation, sshdOf } from './lib/settings.js';

const DROPIN_GLOB = /^(\/etc\/ssh\/)?sshd_config\.d\/\*(\.conf)?$/;
const DISTRO_INCLUDE = 'Include /etc/ssh/sshd_config.d/*.conf';

function isInclude(d: SshdDirective): boolean {
  return d.canonical === 'include';
}

export default defineRule({
  id: 'sshd/dropin-layout',
  meta: {
    description: 'The drop-in folder is not included first, or holds files sshd never reads',
    severity: 'warning',
    tags: ['correctness'],
    status: 'stable',
    presets: ['strict'],
    references: [
      { title: 'sshd_config(5): Include', url: 'https://man.openbsd.org/sshd_config#Include' },
      { title: 'ComplianceAsCode sshd_use_directory_configuration', url: 'https://github.com/ComplianceAsCode/content' },
    ],
    precision: 'high',
  },
  messages: {
    missingInclude:
      'The main sshd_config never includes /etc/ssh/sshd_config.d/*.conf: settings that packages, cloud-init or crypto-policies drop there are silently ignored',
    includeNotFirst:
      'Settings above the Include of the drop-in folder (first: {{first}} at line {{line}}) win over every drop-in, because the first value wins: the distribution layout puts the Include first',
    ignoredDropin: '{{path}} sits in the drop-in folder but no Include reads it (the distribution Include reads only *.conf), so none of its settings apply',
  },
  check(ctx) {
    const model = sshdOf(ctx);
    // Upstream OpenSSH ships no drop-in folder; every named distribution target does.
    if (model === undefined || model.target === 'upstream') return;
    const main = model.directives.filter((d) => d.location.file === model.mainFile && d.match === null);
    const include = main.find((d) => isInclude(d) && d.args.some((a) => DROPIN_GLOB.test(a.value)));
    if (include === undefined) {
      const at = defaultLocation(model);
      ctx.report({
        messageId: 'missingInclude',
        at,
        fix: { title: `Add "${DISTRO_INCLUDE}" at the top`, edits: [{ file: at.file, range: at.range, text: `${DISTRO_INCLUDE}\n` }] },
      });
    } else {
      const before = main.filter((d) => !isInclude(d) && d.location.range.start.line < include.location.range.start.line);
      const first = before[0];
      if (first !== undefined) {
        ctx.report({
          messageId: 'includeNotFirst',
          data: { first: first.keyword.value, line: first.location.range.start.line },
          at: include.location,
          related: [{ ...first.location, message: 'this setting beats the drop-ins' }],
          suggestion: 'Move the Include line above every setting, unless the main file is meant to override the drop-ins',
        });
      }
    }
    for (const dropin of artifactsOf(ctx, 'dropin')) {
      if (model.files.includes(dropin.repoPath)) continue;
      ctx.report({
        messageId: 'ignoredDropin',
        data: { path: dropin.hostPath },
        at: { file: dropin.repoPath, range: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } } },
        suggestion: 'Rename it to end in .conf, or delete it',
      });
    }
  },
});
