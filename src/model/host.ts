import type { Fail2banModel } from './fail2ban/index.js';
import type { FirewallModel } from './firewall/index.js';
import type { SshdModel } from './sshd/index.js';
import type { SourceFile } from './source.js';
import type { SshArtifact } from './ssh-artifacts.js';

/**
 * Everything sshlint knows about one machine: the files found under its root and the models built from them.
 * A part is undefined when the repo has no files of that kind for this host.
 */
export interface Host {
  /** Repo-relative POSIX path of the folder that stands for `/` on this host ('' for the repo root). */
  readonly root: string;
  /** A short display name (the root's last segment, or "." for the repo root). */
  readonly name: string;
  /** Name of the target (OS release) this host is modelled as, e.g. "debian-12". */
  readonly target: string;
  readonly files: readonly SourceFile[];
  readonly sshd?: SshdModel;
  readonly firewall?: FirewallModel;
  readonly fail2ban?: Fail2banModel;
  /** Host keys, moduli, /etc/sysconfig/sshd and drop-in names found under the host root (see ssh-artifacts.ts). */
  readonly sshArtifacts?: readonly SshArtifact[];
}
