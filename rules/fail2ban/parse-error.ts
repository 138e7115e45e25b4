import { defineRule } from '../../src/engine/define-rule.js';
import { fail2banOf, modelLocation } from './lib/jails.js';

export default defineRule({
  id: 'fail2ban/parse-error',
  meta: {
    description: 'Fail2ban refuses the configuration or skips a jail',
    severity: 'error',
    tags: ['correctness', 'security'],
    status: 'stable',
    presets: ['recommended', 'strict', 'cis', 'stig', 'devsec'],
    references: [
      { title: 'jail.conf(5)', url: 'https://manpages.debian.org/bookworm/fail2ban/jail.conf.5.en.html' },
      { title: 'Python configparser: supported INI file structure', url: 'https://docs.python.org/3/library/configparser.html#supported-ini-file-structure' },
    ],
    precision: 'very-high',
    securitySeverity: 7.5,
  },
  messages: {
    refused: '{{message}}: fail2ban refuses the whole configuration and does not start, so no address is ever banned',
    jailSkipped: '{{message}}; the other jails still start but this one bans nothing',
  },
  check(ctx) {
    const model = fail2banOf(ctx.host);
    if (model === undefined) return;
    for (const d of model.diagnostics) {
      if (d.severity === 'warning') continue;
      ctx.report({
        messageId: d.severity === 'fatal' ? 'refused' : 'jailSkipped',
        data: { message: d.message },
        at: d.location ?? modelLocation(model),
        suggestion:
          d.code === 'jail-skipped'
            ? 'Check the jail, filter and action names: neither the repo nor the target\'s fail2ban package has the file. Commit the custom filter.d/ or action.d/ file with the host\'s configuration, or fix the name.'
            : 'Run `fail2ban-client -t` after fixing the line; fail2ban reads every file in /etc/fail2ban/jail.d as strictly as jail.local.',
      });
    }
  },
});
