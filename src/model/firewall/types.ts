import type { Location } from '../position.js';
import type { SourceFormat } from '../source.js';

/**
 * The firewall model: every format (iptables-save, `iptables -L` text, nftables, ufw, firewalld) lowers to
 * these types, and one evaluator (./evaluate.ts) answers reachability questions over them.
 *
 * Shape, in the nftables vocabulary because it is the general one:
 *  - a Ruleset is what one loader puts in the kernel (one iptables-save file = one family; one nft file may
 *    cover both families through `inet` tables);
 *  - it holds Chains (named, ordered Rules) and BaseChains that attach a chain to a hook with a priority and
 *    a policy. iptables tables are lowered to base chains with the fixed priorities of their tables
 *    (raw -300, mangle -150, nat -100 on prerouting; mangle -150, filter 0, security 50, nat 100 on input);
 *  - a packet to the local sshd runs every base chain of the prerouting hook, then of the input hook, in
 *    ascending priority across all rulesets of its family. `accept` ends one base chain only; drop/reject
 *    end everything.
 *  - Rules are a conjunction of Matches and one Action. A Match the lowering cannot express exactly is
 *    `opaque`: the evaluator answers "depends on <it>", never a guessed yes/no.
 */

export type Family = 4 | 6;

export type Hook = 'ingress' | 'prerouting' | 'input' | 'forward' | 'output' | 'postrouting';

/** Hooks a packet for a local socket traverses, in order. */
export const INPUT_PATH_HOOKS: readonly Hook[] = ['ingress', 'prerouting', 'input'];

/** An inclusive range of ports (a single port has from === to). */
export interface PortRange {
  readonly from: number;
  readonly to: number;
}

/** A network (CIDR) or an address range, already parsed. `first`/`last` are the numeric bounds. */
export interface Network {
  /** As written or as normalised by the lowering, e.g. "10.0.0.0/8", "10.0.0.1-10.0.0.9". */
  readonly text: string;
  readonly family: Family;
  readonly first: bigint;
  readonly last: bigint;
}

/** An interface name pattern: `eth0`, or a prefix wildcard (`eth+` in iptables, `eth*` in nftables). */
export interface InterfacePattern {
  readonly name: string;
  readonly prefix: boolean;
}

export type CtState = 'new' | 'established' | 'related' | 'invalid' | 'untracked' | 'snat' | 'dnat';

export type TcpFlag = 'fin' | 'syn' | 'rst' | 'psh' | 'ack' | 'urg' | 'ecn' | 'cwr';

/** Protocol numbers sshlint names: tcp 6, udp 17, icmp 1, ipv6-icmp 58. */
export const PROTO = { icmp: 1, tcp: 6, udp: 17, icmpv6: 58 } as const;

interface MatchBase {
  /** `!` / `!=` in the source. */
  readonly negated: boolean;
  /** The match as written (for messages), e.g. "-p tcp --dport 22" or "tcp dport 22". */
  readonly text: string;
  readonly location?: Location;
}

/**
 * One condition of a rule. All matches of a rule must hold for its action to run.
 * Every kind is decided exactly by the evaluator, except `opaque` and `rate` (three-valued).
 */
export type Match =
  /** Layer-4 protocol number is one of these. */
  | (MatchBase & { readonly kind: 'protocol'; readonly protocols: readonly number[] })
  /** Destination / source port (the packet must carry ports: tcp, udp, sctp...). */
  | (MatchBase & { readonly kind: 'dport' | 'sport'; readonly ports: readonly PortRange[] })
  /** Source / destination address in any of the networks. */
  | (MatchBase & { readonly kind: 'saddr' | 'daddr'; readonly networks: readonly Network[] })
  /** Input / output interface name matches any of the patterns. */
  | (MatchBase & { readonly kind: 'iif' | 'oif'; readonly interfaces: readonly InterfacePattern[] })
  /** Conntrack state is one of these. */
  | (MatchBase & { readonly kind: 'ctstate'; readonly states: readonly CtState[] })
  /** (flags & mask) === set, as `--tcp-flags MASK SET` and `tcp flags & (mask) == set`. */
  | (MatchBase & { readonly kind: 'tcpflags'; readonly mask: readonly TcpFlag[]; readonly set: readonly TcpFlag[] })
  /** Address type of the source or destination as routing sees it (LOCAL, UNICAST, BROADCAST...), uppercase. */
  | (MatchBase & { readonly kind: 'addrtype'; readonly side: 'src' | 'dst'; readonly types: readonly string[] })
  /** IPv4 non-first fragment. */
  | (MatchBase & { readonly kind: 'fragment' })
  /** ICMP type match: never true for a TCP packet. */
  | (MatchBase & { readonly kind: 'icmp-type'; readonly type: string })
  /** Only packets of this family (nft `meta nfproto`, inet tables). */
  | (MatchBase & { readonly kind: 'family'; readonly family: Family })
  /**
   * Depends on traffic history: limit, hashlimit, connlimit, recent, nft `limit`/`ct count`/meters.
   * `fresh` is the value for the first connection attempt of a source nobody has seen yet.
   */
  | (MatchBase & { readonly kind: 'rate'; readonly module: string; readonly fresh: boolean })
  /**
   * Cannot be decided from the config: ipset/nft dynamic set contents, owner, mark, time, string, u32,
   * statistic... `key` identifies the condition (same key = same truth value on one path),
   * `module` names it for people ("set f2b-sshd", "mark").
   */
  | (MatchBase & { readonly kind: 'opaque'; readonly module: string; readonly key: string });

export type MatchKind = Match['kind'];

/** What a rule does when all its matches hold. */
export type Action =
  | { readonly kind: 'accept' }
  | { readonly kind: 'drop' }
  /** `with` as the source spells it, normalised to the iptables names (icmp-port-unreachable, tcp-reset...). */
  | { readonly kind: 'reject'; readonly with: RejectType }
  | { readonly kind: 'return' }
  /** Chain ids (see Chain.id). */
  | { readonly kind: 'jump'; readonly chain: string }
  | { readonly kind: 'goto'; readonly chain: string }
  /** Non-terminating: LOG, MARK, counter, no target at all... evaluation continues with the next rule. */
  | { readonly kind: 'continue'; readonly what: string }
  /** Verdict decided in userspace (QUEUE/NFQUEUE): unknown. */
  | { readonly kind: 'queue' }
  /** Conntrack off for this packet (raw NOTRACK / CT --notrack / nft notrack); continues. */
  | { readonly kind: 'notrack' }
  /** nat: deliver locally, destination port rewritten (undefined = unchanged). Ends the nat chain. */
  | { readonly kind: 'redirect'; readonly toPorts?: PortRange }
  /** nat: rewrite destination; `toAddress` undefined = unchanged. Ends the nat chain. */
  | { readonly kind: 'dnat'; readonly toAddress?: string; readonly toPorts?: PortRange }
  /** nat: source rewriting (SNAT/MASQUERADE), ends the nat chain, irrelevant to reachability. */
  | { readonly kind: 'snat' };

export type ActionKind = Action['kind'];

/**
 * REJECT types, iptables spelling. Kernel symptoms: port-unreachable and tcp-reset → "Connection refused";
 * the others → "No route to host" / "Network is unreachable" / "Permission denied" style errors.
 */
export type RejectType =
  | 'icmp-port-unreachable'
  | 'tcp-reset'
  | 'icmp-net-unreachable'
  | 'icmp-host-unreachable'
  | 'icmp-proto-unreachable'
  | 'icmp-net-prohibited'
  | 'icmp-host-prohibited'
  | 'icmp-admin-prohibited'
  | 'icmp6-port-unreachable'
  | 'icmp6-no-route'
  | 'icmp6-adm-prohibited'
  | 'icmp6-addr-unreachable'
  | 'icmp6-policy-fail'
  | 'icmp6-reject-route';

export interface Rule {
  /** Id of the chain holding the rule. */
  readonly chain: string;
  /** 1-based position in the chain as loaded (after -I, -D...). */
  readonly index: number;
  /** The rule as written (one line / statement), for paths and messages. */
  readonly text: string;
  readonly location: Location;
  readonly matches: readonly Match[];
  readonly action: Action;
  /** `-m comment --comment` / nft `comment`. */
  readonly comment?: string;
}

export interface Chain {
  /** Unique in its ruleset: iptables "filter/INPUT", nftables "inet filter/input". */
  readonly id: string;
  readonly name: string;
  /** Table name (iptables: filter, nat...; nftables: "<family> <name>"). */
  readonly table: string;
  readonly rules: readonly Rule[];
  /** Where the chain is declared (`:INPUT DROP [0:0]`, `chain input {`), when written. */
  readonly location?: Location;
}

export interface BaseChain {
  readonly chain: string;
  readonly hook: Hook;
  readonly priority: number;
  /** filter / nat / route (nftables chain types; iptables: nat for the nat table, filter for the rest). */
  readonly type: 'filter' | 'nat' | 'route';
  readonly policy: 'accept' | 'drop';
  /** The line that sets the policy (`:INPUT DROP`, `-P INPUT DROP`, `policy drop;`), when written. */
  readonly policyLocation?: Location;
  readonly families: readonly Family[];
}

/** How complete the text is: `-L` without `-v` hides interfaces; such rules carry opaque matches. */
export type Fidelity = 'exact' | 'lossy';

export interface Ruleset {
  /** Repo path of the file the ruleset comes from (the main file when includes are followed). */
  readonly file: string;
  readonly format: SourceFormat;
  readonly families: readonly Family[];
  readonly chains: ReadonlyMap<string, Chain>;
  readonly baseChains: readonly BaseChain[];
  readonly fidelity: Fidelity;
  /**
   * Hook semantics of the backend. `iptables`: accept in one table ends that table only (like nft base chains),
   * and the file replaces every table it names. Evaluation is the same; reporting wording differs.
   */
  readonly backend: 'iptables' | 'nftables';
}

export type DiagnosticSeverity = 'error' | 'warning';

/**
 * A problem found while reading a firewall file. `error` = the loader (iptables-restore, nft -f) refuses the
 * file or this line; `warning` = loads, but is probably not what the author meant or sshlint could not
 * model it exactly.
 */
export interface FirewallDiagnostic {
  readonly severity: DiagnosticSeverity;
  readonly code: string;
  readonly message: string;
  readonly location: Location;
}

/** The question: a new TCP connection to a local port. */
export interface ReachQuery {
  readonly family: Family;
  readonly port: number;
  /** Client address; undefined = any source (answers may then depend on the source). */
  readonly source?: string;
  /** Local address the client connects to; undefined = one of the host's addresses, unknown which. */
  readonly destination?: string;
  /** Input interface; undefined = some non-loopback interface, unknown which. */
  readonly iface?: string;
  /**
   * 'new' (default): a new connection — its SYN, then the packets that follow it (ESTABLISHED), which must
   * get through too for the client to get a working session. 'established': one packet of a session that
   * is already open when the ruleset is (re)loaded, to answer "does reloading cut my session?".
   */
  readonly state?: 'new' | 'established';
}

export type Verdict = 'accepted' | 'dropped' | 'rejected' | 'depends';

/** What the client sees. */
export type Symptom =
  | 'open'
  /** DROP: "Connection timed out". */
  | 'timeout'
  /** REJECT tcp-reset / port-unreachable: "Connection refused". */
  | 'refused'
  /** REJECT with host/net/admin-prohibited...: "No route to host" / "Network is unreachable" / "Permission denied". */
  | 'unreachable'
  /**
   * The SYN gets through but the rest of the connection (the handshake's ACK, ESTABLISHED packets) is dropped:
   * TCP connects from the client's side, then hangs ("Connection timed out during banner exchange").
   */
  | 'stalled';

/** One step of the path a packet took: a rule that fired, or a chain's policy. */
export interface PathStep {
  readonly file: string;
  readonly line: number;
  readonly chain: string;
  /** The rule text, or "policy DROP" for a policy. */
  readonly rule: string;
  readonly location?: Location;
  readonly kind: 'rule' | 'policy' | 'return';
}

/** An assumption a branch of the evaluation made about an undecidable match. */
export interface Assumption {
  readonly key: string;
  /** "source in 10.0.0.0/8", "interface is eth0", "set f2b-sshd contains the source", "rate limit not exceeded". */
  readonly description: string;
  readonly holds: boolean;
  readonly kind: 'source' | 'destination' | 'interface' | 'opaque' | 'rate' | 'queue' | 'nat';
  readonly location?: Location;
}

/** One possible fate of the packet, under the assumptions listed. */
export interface Outcome {
  readonly verdict: 'accepted' | 'dropped' | 'rejected';
  readonly symptom: Symptom;
  readonly rejectWith?: RejectType;
  readonly path: readonly PathStep[];
  readonly assumptions: readonly Assumption[];
  /** Sources (CIDRs) this outcome applies to; all sources of the family when no source match was involved. */
  readonly sources: readonly string[];
  /** The destination port after nat rewriting, when it changed. */
  readonly finalPort: number;
  /** Rate-limiting matches on the path (limit, recent...), whatever their assumption. */
  readonly rateLimits: readonly PathStep[];
}

/**
 * Why the answer is "depends", in terms a user acts on.
 * - source: accepted only for sources in `accepted` (CIDRs), dropped/rejected for the rest.
 * - interface: accepted only on the interfaces in `accepted` (patterns, `+` = prefix).
 * - destination: depends on which local address the client connects to.
 * - opaque / rate / queue / nat: depends on a match sshlint cannot decide (`description` names it).
 * - no-ruleset: no ruleset of this family is known (e.g. rules.v4 without rules.v6).
 * - complexity: too many undecidable branches; the evaluation stopped exploring.
 */
export type ReachCondition =
  | { readonly kind: 'source'; readonly accepted: readonly string[]; readonly description: string }
  | { readonly kind: 'interface'; readonly accepted: readonly string[]; readonly description: string }
  | {
      readonly kind: 'destination' | 'opaque' | 'rate' | 'queue' | 'nat';
      readonly description: string;
      readonly location?: Location;
    }
  | { readonly kind: 'no-ruleset'; readonly family: Family; readonly description: string }
  | { readonly kind: 'complexity'; readonly description: string };

export interface ReachAnswer {
  readonly verdict: Verdict;
  readonly family: Family;
  readonly port: number;
  /** Set when every outcome agrees (verdict ≠ depends). */
  readonly symptom?: Symptom;
  /** The deciding path; for `depends`, the path of the first accepting outcome (else the first outcome). */
  readonly path: readonly PathStep[];
  readonly conditions: readonly ReachCondition[];
  readonly outcomes: readonly Outcome[];
}
