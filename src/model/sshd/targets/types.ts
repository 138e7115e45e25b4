import type { TargetName } from '../../targets.js';

/**
 * What an sshd keyword does when sshd reads it. Real options carry the canonical (dump) name of the option they
 * set; aliases point at the same canonical name, so they share its storage and its first-value-wins slot.
 */
export type KeywordOp =
  | { readonly kind: 'option'; readonly canonical: string }
  | { readonly kind: 'match' }
  | { readonly kind: 'include' }
  /** Accepted with an INFO log line "Deprecated option X" and otherwise ignored. */
  | { readonly kind: 'deprecated' }
  /** Accepted with an INFO log line "Unsupported option X" (compiled out of this build). */
  | { readonly kind: 'unsupported' }
  /** Accepted silently (only a debug2 line). */
  | { readonly kind: 'ignored' };

export interface KeywordEntry {
  /** Lowercase keyword as sshd's table spells it. */
  readonly name: string;
  readonly op: KeywordOp;
  /** `all` = allowed inside Match (SSHCFG_ALL); `global` = main section only. */
  readonly scope: 'global' | 'all';
}

/** A multistate value table: accepted spellings in sshd's order; printing uses the first spelling of a value. */
export type MultistateTable = readonly (readonly [spelling: string, value: number])[];

export interface AlgorithmSet {
  /** Every name this build supports, in the build's own order (`ssh -Q`). */
  readonly all: readonly string[];
  /** The compiled-in default list. */
  readonly defaults: readonly string[];
}

export interface SshdTarget {
  readonly name: TargetName;
  /** e.g. "OpenSSH 9.2p1 (Debian 1:9.2p1-2+deb12u10)" */
  readonly description: string;
  /** [major, minor] of the OpenSSH release, for behaviour switches. */
  readonly release: readonly [number, number];
  /** How the target's data was established: proven against the real binary, or modelled from sources. */
  readonly provenance: 'oracle' | 'modelled';
  /** configure-time SSHDIR: where relative Include paths resolve. */
  readonly sshdir: string;
  readonly keywords: readonly KeywordEntry[];
  readonly paths: {
    readonly pidFile: string;
    readonly moduliFile: string;
    readonly xauthLocation: string;
    /** Host keys sshd loads when the config names none, in order. */
    readonly defaultHostKeys: readonly string[];
    /** ≥ 10.0 */
    readonly sshdSessionPath?: string;
    readonly sshdAuthPath?: string;
  };
  readonly multistate: {
    readonly permitRootLogin: MultistateTable;
    readonly compression: MultistateTable;
  };
  readonly algorithms: {
    readonly ciphers: AlgorithmSet;
    readonly macs: AlgorithmSet;
    readonly kex: AlgorithmSet;
    /** Key and signature algorithms (HostKeyAlgorithms, PubkeyAccepted…, HostbasedAccepted…). */
    readonly keys: AlgorithmSet;
    /** CASignatureAlgorithms. */
    readonly signatures: AlgorithmSet;
    /** Debian/Ubuntu/RHEL GSSAPI key-exchange patch; absent upstream. */
    readonly gssKex?: AlgorithmSet;
  };
  /** Defaults that differ between builds. */
  readonly defaults: {
    readonly usePam: 'yes' | 'no';
    readonly ipqos: readonly [interactive: string, bulk: string];
    readonly kbdInteractiveAuthentication: 'yes' | 'no';
  };
  readonly behaviour: {
    /** ≤ 9.4: a second `Subsystem NAME` is fatal; later releases keep the first silently. */
    readonly duplicateSubsystemFatal: boolean;
    /** ≥ 9.5: Subsystem is allowed inside Match. */
    readonly subsystemInMatch: boolean;
    /** ≥ 10.4: `sshd -T` prints CamelCase keywords. */
    readonly camelCaseDump: boolean;
    /** Linux without rdomain support: RDomain is fatal, the rdomain line is not printed. */
    readonly rdomainSupported: boolean;
    /** Extra Match criteria this release knows beyond User/Group/Host/Address/LocalAddress/LocalPort/RDomain/All. */
    readonly extraMatchCriteria: readonly string[];
  };
  /** The canonical keywords `sshd -T` prints, in its order (see dump.ts for the multi-line ones). */
  readonly dumpOrder: readonly string[];
}
