/**
 * Tokens of the nft language (`nft -f` input and `nft list ruleset` output). Line based: a newline ends a
 * statement like `;` does, except inside `{ … }` element lists and after a trailing `\`. `#` starts a comment.
 * Never throws: an unterminated string ends at the end of its line and is reported.
 */

export type TokenKind = 'word' | 'string' | 'punct' | 'newline';

export interface Token {
  readonly kind: TokenKind;
  /** Word text, string contents without quotes, or the punctuation itself. */
  readonly value: string;
  readonly line: number;
  /** 1-based column of the first character; `end` is exclusive. */
  readonly col: number;
  readonly end: number;
}

export interface TokenizeResult {
  readonly tokens: Token[];
  readonly problems: { readonly message: string; readonly line: number; readonly col: number; readonly end: number }[];
}

/** Characters that are tokens of their own. `-`, `:`, `/`, `.`, `*` stay inside words (ranges, addresses, prefixes, wildcards). */
const PUNCT = new Set(['{', '}', '(', ')', ';', ',', '=', '@', '$', '!', '|', '&', '<', '>', '^']);

function isSpace(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\r' || c === '\f' || c === '\v';
}

export function tokenize(text: string): TokenizeResult {
  const tokens: Token[] = [];
  const problems: TokenizeResult['problems'] = [];
  const lines = text.split('\n');
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li] ?? '';
    const n = li + 1;
    let i = 0;
    let continued = false;
    while (i < line.length) {
      const c = line[i] ?? '';
      if (isSpace(c)) {
        i++;
        continue;
      }
      if (c === '#') break;
      if (c === '\\' && line.slice(i + 1).trim() === '') {
        continued = true;
        break;
      }
      if (c === '"') {
        const close = line.indexOf('"', i + 1);
        if (close < 0) {
          problems.push({ message: 'unterminated string', line: n, col: i + 1, end: line.length + 1 });
          tokens.push({ kind: 'string', value: line.slice(i + 1), line: n, col: i + 1, end: line.length + 1 });
          i = line.length;
          continue;
        }
        tokens.push({ kind: 'string', value: line.slice(i + 1, close), line: n, col: i + 1, end: close + 2 });
        i = close + 1;
        continue;
      }
      // Two-character operators.
      const two = line.slice(i, i + 2);
      if (two === '!=' || two === '==' || two === '<=' || two === '>=' || two === '<<' || two === '>>') {
        tokens.push({ kind: 'punct', value: two, line: n, col: i + 1, end: i + 3 });
        i += 2;
        continue;
      }
      if (PUNCT.has(c)) {
        tokens.push({ kind: 'punct', value: c, line: n, col: i + 1, end: i + 2 });
        i++;
        continue;
      }
      let j = i;
      while (j < line.length) {
        const d = line[j] ?? '';
        if (isSpace(d) || PUNCT.has(d) || d === '"' || d === '#') break;
        j++;
      }
      tokens.push({ kind: 'word', value: line.slice(i, j), line: n, col: i + 1, end: j + 1 });
      i = j;
    }
    if (!continued) tokens.push({ kind: 'newline', value: '\n', line: n, col: line.length + 1, end: line.length + 1 });
  }
  return { tokens, problems };
}
