/** Access to a host's SSH artifacts (host keys, moduli, sysconfig, drop-in names) for the file rules. */
import type { RuleContext } from '../../../src/engine/define-rule.js';
import type { Location } from '../../../src/model/position.js';
import type { SshArtifact, SshArtifactKind } from '../../../src/model/ssh-artifacts.js';

export function artifactsOf<O>(ctx: RuleContext<O>, kind: SshArtifactKind): SshArtifact[] {
  return (ctx.host.sshArtifacts ?? []).filter((a) => a.kind === kind);
}

/** The whole of line `line` (1-based) of an artifact, or its start when the text is unknown. */
export function lineLocation(artifact: SshArtifact, line = 1): Location {
  const text = artifact.text?.split(/\r?\n/)[line - 1] ?? '';
  return { file: artifact.repoPath, range: { start: { line, column: 1 }, end: { line, column: text.length + 1 } } };
}
