import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { HostFs } from '../../discover/host-fs.js';
import { diskHostFs, normalizeHostPath } from '../../discover/host-fs.js';
import type { Fail2banJail, Fail2banModel, Setting } from '../../model/fail2ban/index.js';
import { buildFail2banModel } from '../../model/fail2ban/index.js';
import { DEFAULT_TARGET, isTargetName, TARGET_NAMES } from '../../model/targets.js';
import type { CliIo } from '../io.js';
import { EXIT, parseCommandArgs, syncCommand, UsageError } from '../io.js';

const USAGE = 'usage: sshlint print-config fail2ban DIR [--jail NAME] [--target NAME] [--format text|json]';
const CONF = '/etc/fail2ban';

/**
 * `sshlint print-config fail2ban DIR`: every jail as fail2ban resolves it. DIR is a host root (holding
 * etc/fail2ban) or a fail2ban configuration folder itself (holding jail.conf, jail.local or jail.d).
 */
export const run = syncCommand(runBody);

function runBody(argv: string[], io: CliIo): number {
  const parsed = parseCommandArgs(argv, { jail: { type: 'string' }, target: { type: 'string' }, format: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, USAGE);
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout.write(`${USAGE}\n`);
    return EXIT.ok;
  }
  if (positionals.length !== 1 || positionals[0] === undefined) throw new UsageError(USAGE);
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(`--format must be text or json, not "${format}"`);
  const target = values.target ?? DEFAULT_TARGET;
  if (!isTargetName(target)) throw new UsageError(`unknown target "${target}"; known targets: ${TARGET_NAMES.join(', ')}`);

  const dir = path.resolve(io.cwd, positionals[0]);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UsageError(`${positionals[0]}: no such directory`);
  const model = buildFail2banModel(hostFsFor(dir), { target: target });
  if (!model) throw new UsageError(`${positionals[0]}: no fail2ban configuration (etc/fail2ban/jail.* or jail.*) found`);

  const jails = values.jail === undefined ? model.jails : model.jails.filter((j) => j.name === values.jail);
  if (values.jail !== undefined && jails.length === 0) throw new UsageError(`no jail [${values.jail}] in this configuration`);

  // Locations are relative to DIR; show them as the user wrote DIR.
  const shown = (file: string): string => path.posix.join(positionals[0]?.split(path.sep).join('/') ?? '.', file);
  if (!model.accepted) {
    for (const d of model.diagnostics.filter((x) => x.severity === 'fatal' || x.severity === 'error')) {
      const where = d.location ? `${shown(d.location.file)}:${d.location.range.start.line}: ` : '';
      io.stderr.write(`${where}error: ${d.message}\n`);
    }
    io.stderr.write('fail2ban would refuse this configuration (fail2ban-client -d fails)\n');
    return EXIT.findings;
  }
  io.stdout.write(format === 'json' ? `${JSON.stringify({ jails: Object.fromEntries(jails.map((j) => [j.name, jailJson(j)])) }, null, 2)}\n` : text(model, jails, shown));
  return EXIT.ok;
}

/** A HostFs for DIR: a host root as is, or a fail2ban folder seen as /etc/fail2ban. */
export function hostFsFor(dir: string): HostFs {
  if (existsSync(path.join(dir, 'etc/fail2ban'))) return diskHostFs(dir, dir);
  const inner = diskHostFs(dir, dir);
  const strip = (hostPath: string): string | null => {
    const p = normalizeHostPath(hostPath);
    if (p === CONF) return '/';
    return p.startsWith(`${CONF}/`) ? p.slice(CONF.length) : null;
  };
  return {
    root: inner.root,
    read: (hostPath) => {
      const p = strip(hostPath);
      return p === null ? { ok: false, reason: 'missing', repoPath: hostPath.replace(/^\//, ''), message: `${hostPath}: no such file` } : inner.read(p);
    },
    glob: (pattern) => {
      const p = strip(pattern);
      return p === null ? [] : inner.glob(p).map((x) => `${CONF}${x}`);
    },
    toRepoPath: (hostPath) => {
      const p = strip(hostPath);
      return p === null ? hostPath.replace(/^\//, '') : inner.toRepoPath(p);
    },
  };
}

export interface JailJson {
  enabled: boolean;
  port: string | null;
  protocol: string | null;
  filter: string | null;
  mode: string | null;
  logpath: string[];
  backend: string;
  maxretry: number | null;
  findtime: number | null;
  bantime: number | null;
  ignoreip: string[];
  actions: { name: string; params: Record<string, string> }[];
}

export function jailJson(j: Fail2banJail): JailJson {
  return {
    enabled: j.enabled.value,
    port: j.port.text,
    protocol: j.protocol.text,
    filter: j.filter.value?.name ?? null,
    mode: j.filter.value?.mode ?? null,
    logpath: [...j.logpath.value],
    backend: j.backend.value,
    maxretry: j.maxretry.value,
    findtime: j.findtime.value,
    bantime: j.bantime.value,
    ignoreip: [...j.ignoreip.value],
    actions: j.actions.value.map((a) => ({ name: a.name, params: { ...a.params } })),
  };
}

function text(model: Fail2banModel, jails: readonly Fail2banJail[], shown: (file: string) => string): string {
  const where = (s: Setting<unknown>): string => {
    if (!s.entry) return 'fail2ban default';
    const l = s.entry.location;
    return s.entry.shipped ? `${l.file.replace(/^.*?etc\/fail2ban\//, '')}:${l.range.start.line} (shipped with the package)` : `${shown(l.file)}:${l.range.start.line}`;
  };
  const out: string[] = [`# fail2ban ${model.version} as on ${model.target}${model.evidence === 'modelled' ? ' (package defaults modelled)' : ''}`];
  for (const j of jails) {
    out.push('', `[${j.name}]${j.enabled.value ? '' : '  (disabled)'}`);
    const row = (key: string, value: string, s: Setting<unknown>): void => {
      out.push(`  ${key.padEnd(9)} = ${value.replace(/\n/g, '\n              ')}    # ${where(s)}`);
    };
    const secs = (s: Setting<number | null>): string => (s.text === null ? '' : s.value === null ? `${s.text} (not a valid time)` : `${s.value}${s.text === String(s.value) ? '' : ` (${s.text})`}`);
    row('enabled', String(j.enabled.value), j.enabled);
    row('port', j.port.text ?? '', j.port);
    row('protocol', j.protocol.text ?? '', j.protocol);
    row('filter', j.filter.text ?? '', j.filter);
    row('logpath', j.logpath.value.join('\n'), j.logpath);
    row('backend', j.backend.value, j.backend);
    row('maxretry', j.maxretry.value === null ? (j.maxretry.text ?? '') : String(j.maxretry.value), j.maxretry);
    row('findtime', secs(j.findtime), j.findtime);
    row('bantime', secs(j.bantime), j.bantime);
    row('ignoreip', j.ignoreip.value.join(' '), j.ignoreip);
    for (const a of j.actions.value) {
      const params = ['port', 'protocol'].filter((k) => k in a.params).map((k) => `${k}=${a.params[k] ?? ''}`);
      row('action', `${a.name}${params.length ? ` [${params.join(', ')}]` : ''}`, j.actions);
    }
    if (j.configError) out.push(`  # fail2ban skips this jail: ${j.configError}`);
  }
  return `${out.join('\n')}\n`;
}
