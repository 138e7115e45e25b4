/** Formats sshlint understands. Detection lives in src/discover; parsing in src/parsers/<format>. */
export type SourceFormat =
  | 'sshd'
  | 'iptables-save'
  | 'iptables-list'
  | 'nftables'
  | 'nftables-json'
  | 'ufw'
  | 'ufw-default'
  | 'firewalld'
  | 'fail2ban';

/** A text file read from the repo. `path` is repo-relative with forward slashes. */
export interface SourceFile {
  readonly path: string;
  readonly text: string;
  readonly format: SourceFormat;
}
