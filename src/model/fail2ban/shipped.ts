import type { TargetName } from '../targets.js';
import debian102 from './data/fail2ban-1.0.2-debian.js';
import fedora102 from './data/fail2ban-1.0.2-fedora.js';
import debian110 from './data/fail2ban-1.1.0-debian.js';
import upstream110 from './data/fail2ban-1.1.0-upstream.js';
import type { ShippedData } from './shipped-types.js';

/** What the fail2ban package of a target installs under /etc/fail2ban, and how sure we are of it. */
export interface Fail2banPackage {
  /** fail2ban's version string (`%(fail2ban_version)s`). */
  readonly version: string;
  readonly data: ShippedData;
  /** `proven`: the files are the target's own package, checked by the oracle tests; `modelled`: reconstructed. */
  readonly evidence: 'proven' | 'modelled';
  readonly note: string;
  /** Does a default install write syslog files such as /var/log/auth.log (rsyslog installed)? */
  readonly syslogByDefault: boolean;
}

const PACKAGES: Readonly<Record<TargetName, Fail2banPackage>> = {
  'debian-12': { version: '1.0.2', data: debian102, evidence: 'proven', note: 'Debian 12 fail2ban 1.0.2-2', syslogByDefault: false },
  'debian-13': { version: '1.1.0', data: debian110, evidence: 'modelled', note: 'Debian 13 fail2ban 1.1.0 (upstream 1.1.0 with Debian packaging defaults)', syslogByDefault: false },
  'ubuntu-22.04': { version: '1.0.2', data: debian102, evidence: 'modelled', note: 'Ubuntu 22.04 ships 0.11.2; modelled with the nearest modelled package, Debian 1.0.2', syslogByDefault: true },
  'ubuntu-24.04': { version: '1.0.2', data: debian102, evidence: 'modelled', note: 'Ubuntu 24.04 fail2ban 1.0.2, modelled with the Debian 1.0.2 package files', syslogByDefault: true },
  'rhel-9': { version: '1.0.2', data: fedora102, evidence: 'modelled', note: 'RHEL 9 (EPEL) fail2ban 1.0.2 with paths-fedora.conf and fail2ban-firewalld', syslogByDefault: true },
  upstream: { version: '1.1.0', data: upstream110, evidence: 'modelled', note: 'upstream fail2ban 1.1.0 config/', syslogByDefault: true },
};

export function fail2banPackage(target: TargetName): Fail2banPackage {
  return PACKAGES[target];
}
