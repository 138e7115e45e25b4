import ipaddr from 'ipaddr.js';
import { defineRule } from '../../src/engine/define-rule.js';
import type { IniEntry } from '../../src/model/fail2ban/index.js';
import type { Location } from '../../src/model/position.js';
import { fail2banOf, repoEntry, startedJails } from './lib/jails.js';

type Verdict = { id: 'everyone' | 'tooBroad' | 'placeholder'; detail: string } | null;

const HOSTNAME = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*$/i;

/** Why one ignoreip item exempts too much, or is not an address at all. */
export function judgeIgnoreItem(item: string): Verdict {
  if (item.startsWith('file:')) return null;
  const [addr, prefixText] = item.split('/');
  if (addr !== undefined && ipaddr.isValid(addr)) {
    const ip = ipaddr.parse(addr);
    const max = ip.kind() === 'ipv4' ? 32 : 128;
    const prefix = prefixText === undefined ? max : /^\d+$/.test(prefixText) ? Number(prefixText) : NaN;
    if (!Number.isInteger(prefix) || prefix > max) return { id: 'placeholder', detail: 'not a valid address or network' };
    if (prefix === 0) return { id: 'everyone', detail: '' };
    const global = ip.range() === 'unicast';
    const tooShort = ip.kind() === 'ipv4' ? prefix < 8 || (global && prefix < 16) : prefix < 7 || (global && prefix < 32);
    return tooShort ? { id: 'tooBroad', detail: `/${prefix}` } : null;
  }
  if (/[<>{}$@]/.test(item) || /^(x+\.)+x+$/i.test(item) || !HOSTNAME.test(item) || (!item.includes('.') && item !== 'localhost')) {
    return { id: 'placeholder', detail: '' };
  }
  return null;
}

/** The item's own range when the value is on one line, else the whole value. */
function itemLocation(entry: IniEntry, item: string): Location {
  const r = entry.valueLoc.range;
  const i = r.start.line === r.end.line ? entry.value.indexOf(item) : -1;
  if (i < 0) return entry.valueLoc;
  const col = r.start.column + i;
  return { file: entry.valueLoc.file, range: { start: { line: r.start.line, column: col }, end: { line: r.start.line, column: col + item.length } } };
}

export default defineRule({
  id: 'fail2ban/ignoreip-too-broad',
  meta: {
    description: 'The ignoreip list exempts everyone, a huge public range, or a placeholder',
    severity: 'warning',
    tags: ['security'],
    status: 'stable',
    presets: ['recommended', 'strict', 'devsec'],
    references: [{ title: 'jail.conf(5): ignoreip', url: 'https://manpages.debian.org/bookworm/fail2ban/jail.conf.5.en.html' }],
    precision: 'high',
    securitySeverity: 6.5,
  },
  messages: {
    everyone: 'ignoreip "{{item}}" in [{{section}}] matches every address: fail2ban never bans anyone',
    tooBroad: 'ignoreip "{{item}}" in [{{section}}] exempts a {{detail}} network of public addresses: attackers from that range are never banned',
    placeholder: 'ignoreip "{{item}}" in [{{section}}] is neither an address, a network nor a host name (a placeholder?): fail2ban cannot match it and your own address is not exempted',
  },
  check(ctx) {
    const model = fail2banOf(ctx.host);
    if (model === undefined || !model.accepted) return;
    const seen = new Set<IniEntry>();
    for (const jail of startedJails(model)) {
      const entry = repoEntry(jail.ignoreip);
      if (!entry || seen.has(entry)) continue;
      seen.add(entry);
      for (const item of jail.ignoreip.value) {
        const v = judgeIgnoreItem(item);
        if (!v) continue;
        ctx.report({ messageId: v.id, data: { item, section: entry.section, detail: v.detail }, at: itemLocation(entry, item) });
      }
    }
  },
});
