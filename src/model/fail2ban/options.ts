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

/**
 * Both grammars are pure functions of the text, and the same texts come back for every jail of every host
 * (`%(action_)s` of a stock jail expands alike on most hosts), so their results are shared: immutable, in a
 * memo that is emptied when it grows past MEMO_LIMIT entries.
 */
const MEMO_LIMIT = 20_000;

function memoised<T>(fn: (text: string) => T): (text: string) => T {
  const memo = new Map<string, T>();
  return (text) => {
    let r = memo.get(text);
    if (r === undefined && !memo.has(text)) {
      if (memo.size >= MEMO_LIMIT) memo.clear();
      r = fn(text);
      memo.set(text, r);
    }
    return r as T;
  };
}

/** `extractOptions`: `sshd[mode=aggressive]` → name "sshd", args {mode: "aggressive"}. */
export const extractOptions: (text: string) => OptionGroupResult = memoised(extractOptionsOnce);

function extractOptionsOnce(text: string): OptionGroupResult {
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

/** Beyond these, a bracket group that fails to close cleanly makes the split backtrack for too long. */
const MAX_FAILING_GROUP_OPTIONS = 4;
const MAX_FAILING_GROUP_LENGTH = 48;
const MAX_FAILING_GROUPS = 16;

/**
 * True when fail2ban's own split regex would backtrack exponentially on this text (it does: Python needs
 * seconds for 20 unterminated `x="` and never finishes for 30; long runs of spaces are polynomial). That happens
 * when a long `[...]` group or one with many `key=` items is not closed, or its `]` is followed by something other
 * than whitespace. Such values are refused rather than evaluated; real ones are short and well formed.
 */
function splitTooComplex(text: string): boolean {
  let failing = 0;
  let i = text.indexOf('[');
  while (i >= 0) {
    let end = text.indexOf(']', i + 1);
    // `a[x=1][y=2]`: consecutive groups are one match.
    while (end >= 0 && /^\]\s*\[/.test(text.slice(end, end + 64))) end = text.indexOf(']', end + 1);
    const region = end < 0 ? text.slice(i) : text.slice(i, end);
    const options = region.split('=').length - 1;
    const after = end < 0 ? undefined : text[end + 1];
    const closesCleanly = end >= 0 && (after === undefined || /\s/.test(after));
    if (!closesCleanly && (options > MAX_FAILING_GROUP_OPTIONS || region.length > MAX_FAILING_GROUP_LENGTH || ++failing > MAX_FAILING_GROUPS)) return true;
    i = end < 0 ? -1 : text.indexOf('[', end + 1);
  }
  return false;
}

/**
 * `splitWithOptions`: the items of an `action` value (one per line, or separated by spaces outside brackets).
 * null when fail2ban itself would not finish splitting it (see splitTooComplex).
 */
export const splitWithOptions: (text: string) => readonly string[] | null = memoised(splitWithOptionsOnce);

function splitWithOptionsOnce(text: string): readonly string[] | null {
  if (splitTooComplex(text)) return null;
  return [...text.matchAll(SPLIT_RE)].map((m) => m[0]);
}

/** `splitwords`: split on commas, spaces and newlines; empty items dropped. */
export function splitWords(text: string): string[] {
  return text
    .split(/[ ,\n]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}
