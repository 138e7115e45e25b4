import type { HostFs } from '../../discover/host-fs.js';
import type { IniEntry } from '../../parsers/fail2ban/ini.js';
import type { Location } from '../position.js';
import type { TargetName } from '../targets.js';
import type { IncludeMemo, MergedConfig } from './config-set.js';
import { candidateFiles, readMerged } from './config-set.js';
import type { JailContext } from './jails.js';
import { resolveJail } from './jails.js';
import { knownKeys } from './keys.js';
import { fail2banPackage } from './shipped.js';
import { BASEDIR, overlaySource } from './source.js';
import type { Fail2banDiagnostic, Fail2banJail, Fail2banModel } from './types.js';

export type * from './types.js';
export { parsePortSpec, portCovered, SERVICES } from './ports.js';
export type { PortItem, PortSpec } from './ports.js';
export { timeToSeconds } from './time.js';
export { TRUE_WORDS, asBool, extractOptions, splitWords } from './options.js';
export { describeInterpolationError } from './interpolate.js';
export type { InterpolationError } from './interpolate.js';
export { fail2banPackage } from './shipped.js';
export { suggestKey } from './keys.js';
export type { Fail2banPackage } from './shipped.js';

/** Does the repo hold any fail2ban configuration file (any `.conf` or `.local` under /etc/fail2ban) for this host? */
function hasFail2banFiles(fs: HostFs): boolean {
  const candidates = [...fs.glob(`${BASEDIR}/*`), ...fs.glob(`${BASEDIR}/*/*`)];
  return candidates.some((p) => /\.(conf|local)$/.test(p) && fs.read(p).ok);
}

/**
 * fail2ban's view of a host: the jail files under /etc/fail2ban read in fail2ban's order over the
 * target package's shipped files, every jail section resolved. Undefined when the repo has no fail2ban
 * files for the host.
 */
export function buildFail2banModel(fs: HostFs, options: { target: TargetName }): Fail2banModel | undefined {
  if (!hasFail2banFiles(fs)) return undefined;
  const pkg = fail2banPackage(options.target);
  const source = overlaySource(fs, pkg.data);
  const diagnostics: Fail2banDiagnostic[] = [];

  const includeMemo: IncludeMemo = new Map();
  const main = readMerged(source, candidateFiles(source, `${BASEDIR}/fail2ban`), includeMemo);
  const cfg = readMerged(source, candidateFiles(source, `${BASEDIR}/jail`), includeMemo);
  for (const d of [...main.diagnostics, ...cfg.diagnostics]) diagnostics.push({ severity: 'fatal', code: d.code, message: d.message, location: d.location });
  for (const u of source.unreadable) diagnostics.push({ severity: 'warning', code: 'unreadable-file', message: u.message, location: null });

  injectDefaults(cfg, pkg.version, source.load(`${BASEDIR}/jail.conf`)?.file ?? fs.toRepoPath(`${BASEDIR}/jail.conf`));
  const ctx: JailContext = { cfg, source, includeMemo, diagnostics, filterCache: new Map(), actionCache: new Map() };
  const jails: Fail2banJail[] = [];
  let started = 0;
  let failed = 0;
  const fatalBefore = diagnostics.some((d) => d.severity === 'fatal');
  const headers = headersBySection(cfg);
  for (const name of cfg.sections.keys()) {
    if (name === 'INCLUDES' || name.startsWith('KNOWN/')) continue;
    const r = resolveJail(ctx, name, headers.get(name) ?? []);
    jails.push(r.jail);
    if (r.started) started++;
    if (r.failed) failed++;
  }
  const fatal = fatalBefore || diagnostics.some((d) => d.severity === 'fatal');
  if (!fatal && failed > 0 && started === 0) {
    const first = jails.find((j) => j.configError !== null);
    diagnostics.push({ severity: 'fatal', code: 'no-jail-started', message: 'no enabled jail is left to start', location: first?.header ?? null });
  }
  const entries: IniEntry[] = [];
  for (const p of cfg.parsed) if (!p.ini.shipped) for (const b of p.ini.blocks) entries.push(...b.entries);
  const files = [...new Set([...main.parsed, ...cfg.parsed].filter((p) => !p.ini.shipped).map((p) => p.ini.file))];
  const byName = new Map(jails.map((j) => [j.name, j]));
  return {
    target: options.target,
    version: pkg.version,
    evidence: pkg.evidence,
    files,
    jails,
    diagnostics,
    accepted: !diagnostics.some((d) => d.severity === 'fatal'),
    entries,
    syslogByDefault: pkg.syslogByDefault,
    knownKeys: knownKeys(cfg, pkg.data),
    jail: (name) => byName.get(name),
  };
}

/** fail2ban sets these two over whatever [DEFAULT] says before it reads any jail. */
function injectDefaults(cfg: MergedConfig, version: string, jailConf: string): void {
  const loc: Location = { file: jailConf, range: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } } };
  const entry = (key: string, value: string): IniEntry => ({ key, value, keyLoc: loc, valueLoc: loc, location: loc, section: 'DEFAULT', shipped: true });
  cfg.defaults.set('fail2ban_version', entry('fail2ban_version', version));
  cfg.defaults.set('fail2ban_confpath', entry('fail2ban_confpath', BASEDIR));
}

/** Every section header of the files read, by section name, in read order (one pass, not one per jail). */
function headersBySection(cfg: MergedConfig): Map<string, { location: Location; shipped: boolean }[]> {
  const out = new Map<string, { location: Location; shipped: boolean }[]>();
  for (const p of cfg.parsed) {
    for (const b of p.ini.blocks) {
      let list = out.get(b.name);
      if (!list) out.set(b.name, (list = []));
      list.push({ location: b.header, shipped: p.ini.shipped });
    }
  }
  return out;
}
