import { z } from 'zod';
import { defineRule } from '../../src/engine/define-rule.js';
import { fail2banOf, repoEntry, settingLocation, startedJails } from './lib/jails.js';

/** Files only a syslog daemon (rsyslog, syslog-ng) writes; journald alone does not create them. */
const SYSLOG_FILES = ['/var/log/auth.log', '/var/log/secure', '/var/log/messages', '/var/log/syslog'];

export default defineRule({
  id: 'fail2ban/log-source-missing',
  meta: {
    description: 'A jail reads a log file the target does not write',
    severity: 'warning',
    tags: ['correctness', 'security'],
    status: 'stable',
    presets: ['recommended', 'strict', 'devsec'],
    references: [
      { title: 'fail2ban issue 3292: sshd jail fails on Debian 12 without rsyslog', url: 'https://github.com/fail2ban/fail2ban/issues/3292' },
      { title: 'jail.conf(5): backend', url: 'https://manpages.debian.org/bookworm/fail2ban/jail.conf.5.en.html' },
    ],
    precision: 'medium',
    securitySeverity: 5.3,
  },
  options: z.object({
    /** Is a syslog daemon installed on the host? Default: what a default install of the target has. */
    syslog: z.boolean().optional(),
  }),
  messages: {
    missing:
      'jail [{{jail}}] reads only {{paths}}, which {{target}} does not write without rsyslog, and its backend is "{{backend}}": fail2ban {{version}} stops with "Have not found any log file for {{jail}} jail"',
  },
  check(ctx) {
    const model = fail2banOf(ctx.host);
    if (model === undefined || !model.accepted) return;
    if (ctx.options.syslog ?? model.syslogByDefault) return;
    // fail2ban 1.1 switches `auto` to the journal when no log file exists (systemd_if_nologs).
    const autoFallsBack = !/^(0|1\.0)\./.test(model.version);
    for (const jail of startedJails(model)) {
      const backend = jail.backend.value.trim();
      if (backend.startsWith('systemd') || (autoFallsBack && backend === 'auto')) continue;
      const paths = jail.logpath.value;
      if (paths.length === 0 || !paths.every((p) => SYSLOG_FILES.includes(p))) continue;
      const at = repoEntry(jail.logpath) ? settingLocation(model, jail, jail.logpath) : settingLocation(model, jail, jail.backend);
      ctx.report({
        messageId: 'missing',
        data: { jail: jail.name, paths: paths.join(', '), target: model.target, backend, version: model.version },
        at,
        suggestion: `Set "backend = systemd" in [${jail.name}] (fail2ban then reads the journal and ignores logpath), or install rsyslog.`,
      });
    }
  },
});
