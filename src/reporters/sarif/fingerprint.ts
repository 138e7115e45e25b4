import { createHash } from 'node:crypto';
import type { Finding } from '../../model/finding.js';

/** The key under `partialFingerprints`; bump the version whenever the recipe below changes. */
export const FINGERPRINT_KEY = 'sshlint/v1';

/** Returns a file's text, or undefined when it cannot be read; the fingerprint then falls back to the message. */
export type SourceReader = (repoPath: string) => string | undefined;

/**
 * sshd, fail2ban and the firewall tools treat runs of blanks alike and sshd keywords are case-insensitive,
 * so re-indenting or re-casing a line must not make a finding look new.
 */
function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

function lineOf(lines: readonly string[] | undefined, line: number): string | undefined {
  return lines?.[line - 1];
}

/** The text the finding's range covers, clipped to the start line. */
function rangeText(lines: readonly string[] | undefined, finding: Finding): string | undefined {
  const { start, end } = finding.location.range;
  const text = lineOf(lines, start.line);
  if (text === undefined) return undefined;
  const stop = end.line === start.line ? end.column - 1 : text.length;
  return text.slice(start.column - 1, Math.max(start.column - 1, stop));
}

/**
 * The identity of a finding that survives line shifts: rule, message id, repo path, the normalised
 * offending line and the text its range covers, plus the first related location's path (a cross-file
 * finding about the same line but a different firewall file is a different finding). Line numbers are
 * deliberately left out. Equal keys in one run get an occurrence counter, so fingerprints stay unique.
 */
export function fingerprints(
  findings: readonly Finding[],
  uriOf: (file: string) => string,
  read: SourceReader,
): string[] {
  const cache = new Map<string, readonly string[] | undefined>();
  const linesOf = (file: string): readonly string[] | undefined => {
    if (!cache.has(file)) cache.set(file, read(file)?.split(/\r?\n/));
    return cache.get(file);
  };
  const seen = new Map<string, number>();
  return findings.map((finding) => {
    const lines = linesOf(finding.location.file);
    const line = lineOf(lines, finding.location.range.start.line);
    const content = line === undefined ? `message:${finding.message}` : `line:${normalise(line)}`;
    const covered = normalise(rangeText(lines, finding) ?? '');
    const related = finding.related[0] ? uriOf(finding.related[0].file) : '';
    const key = JSON.stringify([finding.ruleId, finding.messageId, uriOf(finding.location.file), content, covered, related]);
    const hash = createHash('sha256').update(key).digest('hex').slice(0, 32);
    const occurrence = (seen.get(hash) ?? 0) + 1;
    seen.set(hash, occurrence);
    return `${hash}:${occurrence}`;
  });
}
