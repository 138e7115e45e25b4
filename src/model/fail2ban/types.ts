import type { IniEntry } from '../../parsers/fail2ban/ini.js';
import type { Location } from '../position.js';
import type { TargetName } from '../targets.js';
import type { InterpolationError } from './interpolate.js';
import type { PortSpec } from './ports.js';

export type { IniEntry } from '../../parsers/fail2ban/ini.js';

/** One resolved jail option. */
export interface Setting<T> {
  readonly key: string;
  /** The parsed value; fail2ban's built-in default when the key is set nowhere. */
  readonly value: T;
  /** The value after `%(...)s` interpolation, exactly as fail2ban hands it on; null when the key is unset. */
  readonly text: string | null;
  /** Where the winning raw value is written (the jail's section or [DEFAULT]); null when unset. */
  readonly entry: IniEntry | null;
  /** Set when interpolation failed (then `value` is the default). */
  readonly error?: InterpolationError;
}

export interface Fail2banFilter {
  /** The filter file name (`filter.d/<name>.conf`), as fail2ban extracts it. */
  readonly name: string;
  /** The `mode` argument, or null when the filter line passes none. */
  readonly mode: string | null;
  readonly args: Readonly<Record<string, string>>;
}

export interface Fail2banAction {
  /** The name fail2ban registers (`actname`, e.g. `iptables-multiport` or `iptables-multiport-udp`). */
  readonly name: string;
  /** The action file (`action.d/<file>.conf`) or python script (`<file>.py`). */
  readonly file: string;
  /** The item of the `action` value this action came from. */
  readonly text: string;
  /** Parameters as fail2ban passes them: the jail's `[key=value]` arguments, then the action's `[Init]` defaults. */
  readonly params: Readonly<Record<string, string>>;
  /** False when neither the repo nor the target's package has the action file (fail2ban skips the jail). */
  readonly found: boolean;
}

export interface Fail2banJail {
  readonly name: string;
  /** The jail's section header: in a repo file when there is one, else in the shipped jail.conf. */
  readonly header: Location;
  readonly headers: readonly Location[];
  /** True when every header of this jail is in a shipped file (the repo never mentions it). */
  readonly shippedOnly: boolean;
  readonly enabled: Setting<boolean>;
  readonly backend: Setting<string>;
  readonly filter: Setting<Fail2banFilter | null>;
  readonly port: Setting<string>;
  /** `port` resolved to numbers (service names through the built-in services table). */
  readonly ports: PortSpec | null;
  readonly protocol: Setting<string>;
  /** One entry per line, without the optional ` head`/` tail` suffix. */
  readonly logpath: Setting<readonly string[]>;
  readonly maxretry: Setting<number | null>;
  /** Seconds (fail2ban time syntax resolved); null when unset or not a valid time. */
  readonly findtime: Setting<number | null>;
  readonly bantime: Setting<number | null>;
  readonly ignoreip: Setting<readonly string[]>;
  readonly banaction: Setting<string>;
  readonly actions: Setting<readonly Fail2banAction[]>;
  /** Every key the jail sees (own section first, then [DEFAULT]) with its winning raw entry. */
  readonly keys: ReadonlyMap<string, IniEntry>;
  /** Why fail2ban would skip this enabled jail ("Unable to read the filter 'ssh'"), else null. */
  readonly configError: string | null;
  /** Interpolated value of any key, as fail2ban would compute it for this jail. */
  get(key: string): Setting<string | null>;
}

export type Fail2banDiagnosticCode =
  | 'duplicate-section'
  | 'duplicate-option'
  | 'missing-section-header'
  | 'parse-error'
  | 'interpolation'
  | 'jail-skipped'
  | 'no-jail-started'
  | 'unreadable-file';

export interface Fail2banDiagnostic {
  /** `fatal`: fail2ban refuses the whole configuration; `error`: it skips a jail; `warning`: it goes on. */
  readonly severity: 'fatal' | 'error' | 'warning';
  readonly code: Fail2banDiagnosticCode;
  readonly message: string;
  readonly location: Location | null;
  readonly jail?: string;
}

export interface Fail2banModel {
  readonly target: TargetName;
  /** fail2ban version modelled for the target. */
  readonly version: string;
  readonly evidence: 'proven' | 'modelled';
  /** Repo paths of the repo's fail2ban files that were read, in read order. */
  readonly files: readonly string[];
  /** Every jail section, in fail2ban's order, enabled or not. */
  readonly jails: readonly Fail2banJail[];
  readonly diagnostics: readonly Fail2banDiagnostic[];
  /** True when `fail2ban-client -d` would build its configuration (no fatal diagnostic, and a jail starts or none failed). */
  readonly accepted: boolean;
  /** Every entry written in the repo's jail files, with its section, in file order. */
  readonly entries: readonly IniEntry[];
  /** Does a default install of the target write syslog files like /var/log/auth.log? */
  readonly syslogByDefault: boolean;
  /** Keys that mean something here: fail2ban's, the package files', and names used through `%(name)s`. */
  readonly knownKeys: ReadonlySet<string>;
  jail(name: string): Fail2banJail | undefined;
}
