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

const PRIVATE_KEY = /-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----/;

/** Committed files that really hold a private key, each with the location of its BEGIN line. */
export function committedPrivateKeys<O>(ctx: RuleContext<O>): { key: SshArtifact; at: Location }[] {
  const out: { key: SshArtifact; at: Location }[] = [];
  for (const key of artifactsOf(ctx, 'private-key')) {
    const text = key.text;
    if (text === undefined || !PRIVATE_KEY.test(text)) continue;
    const headerLine = text.split(/\r?\n/).findIndex((l) => PRIVATE_KEY.test(l)) + 1;
    out.push({ key, at: lineLocation(key, headerLine) });
  }
  return out;
}
