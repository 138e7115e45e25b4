/**
 * One owner per model diagnostic, so a line sshd rejects is reported exactly once:
 * the specific rules take the codes they name, sshd/config-invalid takes every other fatal one,
 * sshd/deprecated-keyword the "Deprecated/Unsupported option" warnings (except UseLogin: sshd/use-login).
 */
import type { SshdDiagnostic, SshdDiagnosticCode, SshdDirective, SshdModel } from '../../../src/model/sshd/index.js';

export type DiagnosticOwner =
  | 'unknown-keyword'
  | 'invalid-value'
  | 'unsupported-algorithm-for-version'
  | 'global-only-in-match'
  | 'deprecated-keyword'
  | 'use-login'
  | 'config-invalid';

/** Keywords whose value is an algorithm list checked against the build's supported names. */
const ALGORITHM_KEYWORDS: ReadonlySet<string> = new Set([
  'ciphers',
  'macs',
  'kexalgorithms',
  'hostkeyalgorithms',
  'pubkeyacceptedalgorithms',
  'hostbasedacceptedalgorithms',
  'casignaturealgorithms',
  'gssapikexalgorithms',
]);

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
    const keyword = directiveAt(model, diagnostic)?.canonical ?? '';
    return ALGORITHM_KEYWORDS.has(keyword) ? 'unsupported-algorithm-for-version' : 'invalid-value';
  }
  // Every other fatal code (bad Match line, Include problems, duplicate Subsystem, unsatisfiable
  // AuthenticationMethods, codes added later) belongs to sshd/config-invalid.
  return SPECIFIC_FATAL.get(diagnostic.code) ?? 'config-invalid';
}

/** The model's diagnostics that `owner` reports. */
export function diagnosticsFor(model: SshdModel, owner: DiagnosticOwner): SshdDiagnostic[] {
  return model.diagnostics.filter((d) => ownerOf(model, d) === owner);
}
