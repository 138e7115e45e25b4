/**
 * fail2ban's small value grammars (`fail2ban/helpers.py`): `name[key=value, ...]` option groups for
 * `filter`, `action` and `backend`, the split of an `action` value into one action per item, word lists
 * (`ignoreip`), and the truth values of boolean keys. Reimplemented from their documented behaviour and
 * checked against fail2ban by the oracle tests.
 */

/** `_as_bool`: exactly these strings (case-insensitive) are true; everything else, including "y" or "enable", is false. */
export const TRUE_WORDS: readonly string[] = ['1', 'on', 'true', 'yes'];

export function asBool(value: string): boolean {
  return TRUE_WORDS.includes(value.toLowerCase());
}

export interface OptionGroup {
  /** The name before `[`, as written (fail2ban keeps trailing spaces of a `name [..]`). */
  readonly name: string;
  /** Arguments in order of appearance; a repeated key keeps its last value. */
  readonly args: ReadonlyMap<string, string>;
}

export type OptionGroupResult = { readonly ok: true; readonly group: OptionGroup } | { readonly ok: false; readonly message: string };

const OPTION_RE = /^([^[]+)(?:\[(.*)\])?\s*$/su;
const WORD = String.raw`[\p{L}\p{N}_\-.]`;
const EXTRACT_RE = new RegExp(
  String.raw`\s*(${WORD}+)=(?:"([^"]*)"|'([^']*)'|([^,\]]*))(?:,|\]\s*\[|$|(?<wrngA>.+))|,?\s*$|(?<wrngB>.+)`,
  'gsu',
);
const SPLIT_RE = new RegExp(
  String.raw`(?:[^[\s]+(?:\s*\[\s*(?:${WORD}+=(?:"[^"]*"|'[^']*'|[^,\]]*)\s*(?:,|\]\s*\[)?\s*)*\])?\s*|\S+)(?=\n\s*|\s+|$)`,
  'gsu',
);

/** `extractOptions`: `sshd[mode=aggressive]` → name "sshd", args {mode: "aggressive"}. */
export function extractOptions(text: string): OptionGroupResult {
  const m = OPTION_RE.exec(text);
  if (!m) return { ok: false, message: 'unexpected option syntax' };
  const name = m[1] ?? '';
  const args = new Map<string, string>();
  const optstr = m[2];
  if (optstr) {
    for (const om of optstr.matchAll(EXTRACT_RE)) {
      const g = om.groups ?? {};
      if (g.wrngA) return { ok: false, message: `unexpected syntax after option "${om[1] ?? ''}": ${g.wrngA.slice(0, 25)}` };
      if (g.wrngB) return { ok: false, message: `expected option, wrong syntax: ${g.wrngB.slice(0, 25)}` };
      const key = om[1];
      if (!key) continue;
      const value = om[2] ?? om[3] ?? om[4] ?? '';
      args.set(key.trim(), value.trim());
    }
  }
  return { ok: true, group: { name, args } };
}

/** `splitWithOptions`: the items of an `action` value (one per line, or separated by spaces outside brackets). */
export function splitWithOptions(text: string): string[] {
  return [...text.matchAll(SPLIT_RE)].map((m) => m[0]);
}

/** `splitwords`: split on commas, spaces and newlines; empty items dropped. */
export function splitWords(text: string): string[] {
  return text
    .split(/[ ,\n]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}
