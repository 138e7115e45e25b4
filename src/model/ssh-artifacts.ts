/**
 * SSH files of a host that are not configuration but that rules judge: host keys, the moduli file, RHEL's
 * /etc/sysconfig/sshd, and the names of files in the drop-in folder. A repo carries their names and contents;
 * it carries neither owner nor mode bits, so nothing here speaks about permissions.
 */
export type SshArtifactKind =
  /** `/etc/ssh/ssh_host_*_key`, or a HostKey path, or any file under /etc/ssh holding a PEM/OpenSSH private key. */
  | 'private-key'
  /** `*.pub` next to a host key. */
  | 'public-key'
  /** `/etc/ssh/moduli` or the configured ModuliFile. */
  | 'moduli'
  /** RHEL's `/etc/sysconfig/sshd`. */
  | 'sysconfig'
  /** A file in `/etc/ssh/sshd_config.d/`, whether or not an Include reads it (its text is not kept). */
  | 'dropin';

export interface SshArtifact {
  readonly kind: SshArtifactKind;
  /** Path on the host, e.g. `/etc/ssh/ssh_host_rsa_key.pub`. */
  readonly hostPath: string;
  /** Repo-relative path, for locations in findings. */
  readonly repoPath: string;
  /** The file's text; undefined for drop-in listings and for files that could not be read as text. */
  readonly text?: string;
}
