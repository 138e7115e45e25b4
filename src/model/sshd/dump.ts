import type { Resolved } from './effective.js';
import { dumpName } from './names.js';
import type { SshdTarget } from './targets/types.js';

/** `sshd -T` lines: one `keyword value` per printed value, in the target's order and keyword case. */
export function dumpLines(t: SshdTarget, resolve: (canonical: string) => Resolved): string[] {
  const lines: string[] = [];
  for (const canonical of t.dumpOrder) {
    const name = t.behaviour.camelCaseDump ? dumpName(canonical) : canonical;
    for (const v of resolve(canonical).values) lines.push(`${name} ${v}`);
  }
  return lines;
}
