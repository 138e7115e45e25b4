import { defineRule } from '../../src/engine/define-rule.js';
import type { Fail2banJail, IniEntry, Setting } from '../../src/model/fail2ban/index.js';
import { TRUE_WORDS, timeToSeconds } from '../../src/model/fail2ban/index.js';
import { fail2banOf, repoEntry, watchesSshd } from './lib/jails.js';

const FALSE_WORDS = ['0', 'off', 'false', 'no'];
const BACKENDS = ['auto', 'pyinotify', 'gamin', 'polling', 'systemd'];
const SSHD_MODES = ['normal', 'ddos', 'extra', 'aggressive'];

export default defineRule({
  id: 'fail2ban/invalid-value',
  meta: {
    description: 'A fail2ban value that fail2ban reads differently or rejects',
    severity: 'error',
    tags: ['correctness'],
    status: 'stable',
    presets: ['recommended', 'strict'],
    references: [
      { title: 'jail.conf(5): time abbreviation format', url: 'https://manpages.debian.org/bookworm/fail2ban/jail.conf.5.en.html' },
      { title: 'services(5)', url: 'https://man7.org/linux/man-pages/man5/services.5.html' },
    ],
    precision: 'very-high',
  },
  messages: {
    badBool: '"{{key}} = {{value}}" is read as false (fail2ban accepts only true, yes, on and 1): the jail [{{jail}}] is disabled',
    badPort: 'port "{{item}}" in [{{jail}}] is not a port the ban action can use ({{reason}}): starting the jail\'s ban action fails',
    badInteger: '"{{key}} = {{value}}" in [{{jail}}] is not a whole number: fail2ban warns and falls back to its built-in default',
    badTime: '"{{key}} = {{value}}" in [{{jail}}] is not a valid fail2ban time: the fail2ban server rejects it and the jail does not start',
    badBackend: 'backend "{{value}}" in [{{jail}}] is not one of auto, pyinotify, gamin, polling, systemd: the jail does not start',
    badMode: 'mode "{{value}}" in [{{jail}}] is not a mode of the sshd filter (normal, ddos, extra, aggressive): the filter fails to load',
  },
  check(ctx) {
    const model = fail2banOf(ctx.host);
    if (model === undefined || !model.accepted) return;
    const reported = new Set<IniEntry>();
    const report = (jail: Fail2banJail, setting: Setting<unknown>, messageId: string, data: Record<string, string>): void => {
      const entry = repoEntry(setting);
      if (!entry || reported.has(entry)) return;
      reported.add(entry);
      ctx.report({ messageId, data: { jail: jail.name, key: setting.key, value: setting.text ?? '', ...data }, at: entry.valueLoc });
    };
    for (const jail of model.jails) {
      const en = jail.enabled.text;
      if (en !== null && ![...TRUE_WORDS, ...FALSE_WORDS].includes(en.toLowerCase())) report(jail, jail.enabled, 'badBool', {});
      if (!jail.enabled.value) continue;
      for (const item of jail.ports?.items ?? []) {
        if (item.kind === 'invalid') report(jail, jail.port, 'badPort', { item: item.text, reason: item.reason });
      }
      if (jail.maxretry.text !== null && jail.maxretry.value === null) report(jail, jail.maxretry, 'badInteger', {});
      for (const t of [jail.findtime, jail.bantime]) {
        const invalid = t.value === null || (t.key === 'findtime' && t.value <= 0);
        if (t.text !== null && invalid) report(jail, t, 'badTime', {});
      }
      for (const key of ['bantime.maxtime', 'bantime.rndtime']) {
        const t = jail.get(key);
        if (t.text !== null && t.text !== '' && timeToSeconds(t.text) === undefined) report(jail, t, 'badTime', {});
      }
      const backend = jail.backend.value.split('[')[0]?.trim() ?? '';
      if (!BACKENDS.includes(backend)) report(jail, jail.backend, 'badBackend', {});
      const mode = jail.filter.value?.mode;
      if (watchesSshd(jail) && mode !== null && mode !== undefined && !SSHD_MODES.includes(mode)) {
        const modeSetting = jail.get('mode');
        report(jail, repoEntry(modeSetting) ? modeSetting : jail.filter, 'badMode', { value: mode });
      }
    }
  },
});
