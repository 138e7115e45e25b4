import type { Token } from './tokenize.js';

/** What `nft -f` builds from a file: tables with chains, sets and maps, after includes and variables. */

export type NftFamily = 'ip' | 'ip6' | 'inet' | 'arp' | 'bridge' | 'netdev';

export const NFT_FAMILIES: readonly NftFamily[] = ['ip', 'ip6', 'inet', 'arp', 'bridge', 'netdev'];

/** A token with the repo path of the file it was read from (includes bring tokens of other files). */
export interface FileToken extends Token {
  readonly file: string;
  /** Include nesting depth of the file (0 = main file). */
  readonly depth?: number;
}

export interface NftHook {
  readonly type: string;
  readonly hook: string;
  readonly priority: number;
  readonly policy: 'accept' | 'drop';
  readonly policyToken?: FileToken;
  readonly device?: string;
}

export interface NftRule {
  /** Statement tokens, variables already substituted (substituted tokens keep the position of `$name`). */
  readonly tokens: readonly FileToken[];
  /** The rule as written: source text of its line span. */
  readonly text: string;
}

export interface NftChain {
  readonly name: string;
  readonly decl: FileToken;
  hook?: NftHook;
  rules: NftRule[];
}

export interface NftSet {
  readonly name: string;
  readonly kind: 'set' | 'map';
  readonly decl: FileToken;
  /** Key type words (`ipv4_addr`, `inet_service`, `ifname`, `ipv4_addr . inet_service`...) or `typeof` expression words. */
  keyType: string[];
  /** Map data type (`verdict`, `ipv4_addr`...). */
  dataType?: string;
  flags: string[];
  /** A `timeout` (or dynamic flag, or `add @set` from rules) makes the contents runtime state. */
  hasTimeout: boolean;
  /** Elements: each one the tokens between commas (for maps: `key : value`). */
  elements: FileToken[][];
}

export interface NftTable {
  readonly family: NftFamily;
  readonly name: string;
  readonly decl: FileToken;
  readonly chains: Map<string, NftChain>;
  readonly sets: Map<string, NftSet>;
}

export interface NftProblem {
  readonly severity: 'error' | 'warning';
  readonly code: string;
  readonly message: string;
  readonly at: FileToken;
  readonly to?: FileToken;
}

export interface NftDocument {
  /** Tables in creation order; key "<family> <name>". */
  readonly tables: Map<string, NftTable>;
  readonly problems: NftProblem[];
  /** Repo paths of every file read (main file first). */
  readonly files: string[];
}
