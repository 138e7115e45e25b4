/**
 * The documented allow-list of known differences between sshlint and the real sshd
 * (test/oracle/sshd-known-mismatches.json). A listed case runs as `it.fails`: the suite stays green
 * while the gap is recorded, and turns red as soon as the case starts to agree (so the entry is removed).
 */
import { readFileSync } from 'node:fs';

export interface KnownMismatch {
  /** Case id as the test names it: `fixture:<path>` or `generated:<seed>:<index>`. */
  readonly id: string;
  readonly reason: string;
}

const FILE = new URL('../sshd-known-mismatches.json', import.meta.url);

export function loadKnownMismatches(): Map<string, string> {
  const parsed = JSON.parse(readFileSync(FILE, 'utf8')) as { mismatches?: KnownMismatch[] };
  return new Map((parsed.mismatches ?? []).map((m) => [m.id, m.reason]));
}
