/**
 * One owner per model diagnostic, so a line sshd rejects is reported exactly once:
 * the specific rules take the codes they name, sshd/config-invalid takes every other fatal one,
 * sshd/deprecated-keyword the "Deprecated/Unsupported option" warnings (except UseLogin: sshd/use-login).
 */
import { getSshdTarget } from '../../../src/model/sshd/index.js';
import type { SshdDiagnostic, SshdDiagnosticCode, SshdDirective, SshdModel, SshdTarget } from '../../../src/model/sshd/index.js';
import { TARGET_NAMES } from '../../../src/model/targets.js';
import type { TargetName } from '../../../src/model/targets.js';

export type DiagnosticOwner =
  | 'unknown-keyword'
  | 'invalid-value'
  | 'unsupported-algorithm-for-version'
  | 'global-only-in-match'
  | 'deprecated-keyword'
  | 'use-login'
  | 'config-invalid';

/** Keywords whose value is an algorithm list checked against the build's supported names, and which list. */
const ALGORITHM_SETS: ReadonlyMap<string, keyof SshdTarget['algorithms']> = new Map<string, keyof SshdTarget['algorithms']>([
  ['ciphers', 'ciphers'],
  ['macs', 'macs'],
  ['kexalgorithms', 'kex'],
  ['hostkeyalgorithms', 'keys'],
  ['pubkeyacceptedalgorithms', 'keys'],
  ['hostbasedacceptedalgorithms', 'keys'],
  ['casignaturealgorithms', 'signatures'],
  ['gssapikexalgorithms', 'gssKex'],
]);

export interface UnsupportedAlgorithm {
  readonly name: string;
  /** Modelled targets whose sshd supports the name (empty: a typo, or an algorithm no modelled release has). */
  readonly supportedBy: readonly TargetName[];
}

/**
 * Names in an algorithm-list directive that the model's target does not support. `-` lists are never validated by
 * sshd; `+` and `^` prefixes are dropped; names with wildcards are left to the model.
 */
export function unsupportedAlgorithms(model: SshdModel, directive: SshdDirective): UnsupportedAlgorithm[] {
  const which = ALGORITHM_SETS.get(directive.canonical);
  const spec = directive.args[0]?.value ?? '';
  if (which === undefined || spec.startsWith('-')) return [];
  const supported = (target: TargetName): readonly string[] => getSshdTarget(target).algorithms[which]?.all ?? [];
  const own = supported(model.target);
  const body = spec.startsWith('+') || spec.startsWith('^') ? spec.slice(1) : spec;
  return body
    .split(',')
    .filter((name) => name !== '' && !/[*?]/.test(name) && !own.includes(name))
    .map((name) => ({ name, supportedBy: TARGET_NAMES.filter((t) => t !== model.target && supported(t).includes(name)) }));
}

/** Fatal codes that a specific rule reports instead of sshd/config-invalid. */
const SPECIFIC_FATAL: ReadonlyMap<SshdDiagnosticCode, DiagnosticOwner> = new Map<SshdDiagnosticCode, DiagnosticOwner>([
  ['unknown-keyword', 'unknown-keyword'],
  ['not-allowed-in-match', 'global-only-in-match'],
  ['missing-argument', 'invalid-value'],
  ['extra-arguments', 'invalid-value'],
  ['invalid-quotes', 'invalid-value'],
]);

/** The directive a diagnostic was raised on (same file and line), if any. */
export function directiveAt(model: SshdModel, diagnostic: SshdDiagnostic): SshdDirective | undefined {
  const { file, range } = diagnostic.location;
  return model.directives.find((d) => d.location.file === file && d.location.range.start.line === range.start.line);
}

export function ownerOf(model: SshdModel, diagnostic: SshdDiagnostic): DiagnosticOwner | null {
  if (diagnostic.severity === 'warning') {
    if (diagnostic.code !== 'deprecated-keyword' && diagnostic.code !== 'unsupported-keyword') return null;
    return directiveAt(model, diagnostic)?.keyword.value.toLowerCase() === 'uselogin' ? 'use-login' : 'deprecated-keyword';
  }
  if (diagnostic.code === 'invalid-value') {
    // Any rejected algorithm list: whether the name is a typo or belongs to another release, the fix is the same.
    const keyword = directiveAt(model, diagnostic)?.canonical ?? '';
    return ALGORITHM_SETS.has(keyword) ? 'unsupported-algorithm-for-version' : 'invalid-value';
  }
  // Every other fatal code (bad Match line, Include problems, duplicate Subsystem, unsatisfiable
  // AuthenticationMethods, codes added later) belongs to sshd/config-invalid.
  return SPECIFIC_FATAL.get(diagnostic.code) ?? 'config-invalid';
}

/** The model's diagnostics that `owner` reports. */
export function diagnosticsFor(model: SshdModel, owner: DiagnosticOwner): SshdDiagnostic[] {
  return model.diagnostics.filter((d) => ownerOf(model, d) === owner);
}
