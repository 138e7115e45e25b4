/**
 * Shared plumbing for fail2ban rules: which jails protect sshd, and where in the repo a finding about
 * a resolved value belongs (a value may come from the package's shipped files, which are not in the repo).
 * Resolution itself always comes from the model.
 */
import type { Fail2banJail, Fail2banModel, IniEntry, Setting } from '../../../src/model/fail2ban/index.js';
import type { Host } from '../../../src/model/host.js';
import type { Location } from '../../../src/model/position.js';

/** Does the jail watch sshd's log (the stock `sshd` filter or a variant of it)? */
export function watchesSshd(jail: Fail2banJail): boolean {
  const name = jail.filter.value?.name.trim() ?? '';
  return name === 'sshd' || name.startsWith('sshd-') || name.startsWith('sshd[');
}

/** Jails fail2ban starts (enabled, no config error). */
export function startedJails(model: Fail2banModel): Fail2banJail[] {
  return model.jails.filter((j) => j.enabled.value && j.configError === null);
}

export function startedSshdJails(model: Fail2banModel): Fail2banJail[] {
  return model.accepted ? startedJails(model).filter(watchesSshd) : [];
}

function firstFileLocation(model: Fail2banModel): Location {
  const file = model.files.find((f) => /jail\.(local|conf)$|jail\.d\//.test(f)) ?? model.files[0] ?? 'etc/fail2ban/jail.local';
  return { file, range: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } } };
}

/** The jail's header in a repo file, else the first repo jail file. */
export function jailLocation(model: Fail2banModel, jail: Fail2banJail): Location {
  return jail.shippedOnly ? firstFileLocation(model) : jail.header;
}

/** The repo entry that set a value, or undefined when it comes from a shipped file or a built-in default. */
export function repoEntry(setting: Setting<unknown>): IniEntry | undefined {
  return setting.entry && !setting.entry.shipped ? setting.entry : undefined;
}

/** Where to report about a setting: its repo entry's value, else the jail in the repo. */
export function settingLocation(model: Fail2banModel, jail: Fail2banJail, setting: Setting<unknown>): Location {
  return repoEntry(setting)?.valueLoc ?? jailLocation(model, jail);
}

export function fail2banOf(host: Host): Fail2banModel | undefined {
  return host.fail2ban;
}

export function modelLocation(model: Fail2banModel): Location {
  return firstFileLocation(model);
}

/** "the shipped jail.conf" or "etc/fail2ban/jail.local:12", for messages. */
export function origin(setting: Setting<unknown>): string {
  if (!setting.entry) return "fail2ban's built-in default";
  const l = setting.entry.location;
  return setting.entry.shipped ? `the package's ${l.file.replace(/^.*etc\/fail2ban\//, '')}` : `${l.file}:${l.range.start.line}`;
}
