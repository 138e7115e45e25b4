import picomatch from 'picomatch';
import type { SourceFormat } from '../model/source.js';

/**
 * What a discovered file is and where it sits on its host.
 * - `tree`: the file lies under `<root>/etc/...`; `hostPath` is its path on that host.
 * - `standalone`: a file outside any `etc/` tree (`web.sshd_config`, `firewall/rules.nft`); its folder is its host.
 */
export interface Detected {
  readonly format: SourceFormat;
  /** sshd drop-ins are read through the main file's Include, never linted on their own. */
  readonly role: 'main' | 'fragment';
  readonly placement: { readonly kind: 'tree'; readonly root: string; readonly hostPath: string } | { readonly kind: 'standalone' };
}

interface TreePattern {
  readonly pattern: string;
  readonly format: SourceFormat;
  readonly role?: 'fragment';
}

/** Known places under `etc/` (matched against the part of the path from `etc/` on). */
const TREE_PATTERNS: readonly TreePattern[] = [
  { pattern: 'etc/ssh/sshd_config', format: 'sshd' },
  { pattern: 'etc/ssh/sshd_config.d/*.conf', format: 'sshd', role: 'fragment' },
  { pattern: 'etc/iptables/rules.v{4,6}', format: 'iptables-save' },
  { pattern: 'etc/sysconfig/{iptables,ip6tables}', format: 'iptables-save' },
  { pattern: 'etc/nftables.conf', format: 'nftables' },
  { pattern: 'etc/nftables/**/*.{nft,conf}', format: 'nftables' },
  { pattern: 'etc/nftables.d/**/*.{nft,conf}', format: 'nftables' },
  { pattern: 'etc/ufw/{user,user6,before,before6,after,after6}.rules', format: 'ufw' },
  { pattern: 'etc/default/ufw', format: 'ufw-default' },
  { pattern: 'etc/firewalld/**/*.xml', format: 'firewalld' },
  { pattern: 'etc/firewalld/firewalld.conf', format: 'firewalld' },
  { pattern: 'etc/fail2ban/**/*.{conf,local}', format: 'fail2ban' },
];

const treeMatchers = TREE_PATTERNS.map((p) => ({ ...p, test: picomatch(p.pattern, { dot: true }) }));

/** Reads the start of a file for sniffing; undefined when it cannot be read (the read error is reported elsewhere). */
export type Sniff = (repoPath: string) => string | undefined;

/**
 * Detect a repo file's format from its path, reading its start only where the name is ambiguous.
 * `sshdNames` are extra globs (from `.sshlint.yml` `sshd.files`) naming standalone sshd configs.
 * Returns undefined for files sshlint does not lint.
 */
export function detectFormat(repoPath: string, sniff: Sniff, sshdNames: (path: string) => boolean = () => false): Detected | undefined {
  const segments = repoPath.split('/');
  // The innermost `etc/` wins, so `hosts/etc/web/etc/ssh/sshd_config` belongs to `hosts/etc/web`.
  for (let i = segments.length - 2; i >= 0; i--) {
    if (segments[i] !== 'etc') continue;
    const inTree = segments.slice(i).join('/');
    const root = segments.slice(0, i).join('/');
    for (const m of treeMatchers) {
      if (!m.test(inTree)) continue;
      return { format: m.format, role: m.role ?? 'main', placement: { kind: 'tree', root, hostPath: `/${inTree}` } };
    }
  }
  const name = segments[segments.length - 1] ?? '';
  if (name === 'sshd_config' || name.endsWith('.sshd_config') || sshdNames(repoPath))
    return { format: 'sshd', role: 'main', placement: { kind: 'standalone' } };
  // A firewall dump with an unusual name under `<X>/etc/` still belongs to host <X>.
  const etc = segments.lastIndexOf('etc', segments.length - 2);
  const standalone = (format: SourceFormat): Detected => ({
    format,
    role: 'main',
    placement:
      etc === -1
        ? { kind: 'standalone' }
        : { kind: 'tree', root: segments.slice(0, etc).join('/'), hostPath: `/${segments.slice(etc).join('/')}` },
  });
  if (name.endsWith('.nft')) return standalone('nftables');
  if (name === 'nftables.conf') return standalone('nftables');
  if (name.endsWith('.json') || name.endsWith('.json-nft')) {
    const head = sniff(repoPath);
    return head !== undefined && /^\s*\{\s*"nftables"\s*:/.test(head) ? standalone('nftables-json') : undefined;
  }
  if (/\.(rules|v4|v6|txt|save|dump)$/.test(name) || (/ip6?tables/.test(name) && !SOURCE_EXTENSIONS.test(name))) {
    const format = sniffRules(sniff(repoPath));
    return format ? standalone(format) : undefined;
  }
  return undefined;
}

/** Names that mention iptables but hold code or prose about it, not a dump. */
const SOURCE_EXTENSIONS = /\.(md|markdown|rst|adoc|html?|py|sh|bash|js|ts|go|rs|c|h|rb|pl|ya?ml|j2|tpl|conf|cfg|ini|xml)$/i;

/**
 * iptables-save (a `*filter`-style table line and a `COMMIT` line, as every dump has) or `iptables -L` output
 * (`Chain INPUT (policy ...`). Rule lines alone are not enough: shell scripts and docs are full of `-A INPUT`.
 */
function sniffRules(head: string | undefined): SourceFormat | undefined {
  if (head === undefined) return undefined;
  if (/^\*(filter|nat|mangle|raw|security)\s*$/m.test(head) && (/^COMMIT\s*$/m.test(head) || /^[:-]/m.test(head)))
    return 'iptables-save';
  if (/^Chain \S+ \((policy|\d+ references)/m.test(head)) return 'iptables-list';
  return undefined;
}

/** The family of models a format feeds. */
export function formatFamily(format: SourceFormat): 'sshd' | 'firewall' | 'fail2ban' {
  switch (format) {
    case 'sshd':
      return 'sshd';
    case 'fail2ban':
      return 'fail2ban';
    case 'iptables-save':
    case 'iptables-list':
    case 'nftables':
    case 'nftables-json':
    case 'ufw':
    case 'ufw-default':
    case 'firewalld':
      return 'firewall';
  }
}
