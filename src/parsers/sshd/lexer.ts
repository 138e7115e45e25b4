import type { Located, Location } from '../../model/position.js';
import { range } from '../../model/position.js';

/**
 * One sshd_config line split the way sshd splits it: the keyword ends at whitespace, a double quote or one `=`;
 * the rest of the line is split into arguments with quoting, backslash escapes and `#` starting a comment only
 * at the start of an argument. Nothing is validated here beyond what the tokenizer itself rejects.
 */
export interface SshdLine {
  readonly line: number;
  /** The keyword exactly as written (a UTF-8 BOM stays part of it, as in sshd). */
  readonly keyword: Located<string>;
  /** The raw text after the keyword and its separator (ForceCommand, Match and a few others read this). */
  readonly rest: Located<string>;
  /** Arguments after unquoting and unescaping; empty when the rest starts with `#`. */
  readonly args: readonly Located<string>[];
  /** The rest of the line had an unbalanced quote: sshd reports "invalid quotes". */
  readonly badQuotes: boolean;
  /** Keyword to end of the last non-blank character. */
  readonly location: Location;
}

export interface SshdCommentToken {
  readonly text: string;
  readonly location: Location;
}

export interface SshdLexResult {
  readonly file: string;
  readonly lines: readonly SshdLine[];
  readonly comments: readonly SshdCommentToken[];
}

const isBlank = (c: string): boolean => c === ' ' || c === '\t' || c === '\r' || c === '\n';
const isTrailingBlank = (c: string): boolean => isBlank(c) || c === '\f';

/** Lex a whole file. Lines are split on `\n` only; `\r` is trimmed as trailing whitespace, as sshd does. */
export function lexSshdConfig(text: string, file: string): SshdLexResult {
  const lines: SshdLine[] = [];
  const comments: SshdCommentToken[] = [];
  let lineNo = 0;
  let start = 0;
  const n = text.length;
  while (start <= n) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = n;
    lineNo++;
    lexLine(text.slice(start, end), lineNo, file, lines, comments);
    if (end === n) break;
    start = end + 1;
  }
  return { file, lines, comments };
}

function loc(file: string, line: number, from: number, to: number): Location {
  return { file, range: range(line, from + 1, line, Math.max(to, from) + 1) };
}

function lexLine(raw: string, lineNo: number, file: string, out: SshdLine[], comments: SshdCommentToken[]): void {
  // The loader strips leading " \t\r"; the line parser strips trailing whitespace and form feeds.
  let begin = 0;
  while (begin < raw.length && (raw[begin] === ' ' || raw[begin] === '\t' || raw[begin] === '\r')) begin++;
  let end = raw.length;
  while (end > begin + 1 && isTrailingBlank(raw[end - 1] ?? '')) end--;
  if (end === begin + 1 && isTrailingBlank(raw[begin] ?? '')) end = begin; // sshd keeps char 0; it is never blank here
  if (begin >= end) return;
  const s = raw.slice(0, end);

  let kw = strdelim(s, begin);
  if (kw === null) return;
  if (kw.token === '' && kw.next !== null) {
    kw = strdelim(s, kw.next);
    if (kw === null) return;
  }
  if (kw.token === '' ) return;
  if (kw.token.startsWith('#')) {
    comments.push({ text: s.slice(begin), location: loc(file, lineNo, begin, end) });
    return;
  }
  const restStart = kw.next ?? end;
  const keyword: Located<string> = { value: kw.token, loc: loc(file, lineNo, kw.start, kw.end) };
  const rest: Located<string> = { value: s.slice(restStart), loc: loc(file, lineNo, restStart, end) };
  const split = argvSplit(s, restStart);
  if (split.comment !== null) {
    comments.push({ text: s.slice(split.comment), location: loc(file, lineNo, split.comment, end) });
  }
  const args = split.args.map((a) => ({ value: a.value, loc: loc(file, lineNo, a.start, a.end) }));
  const last = split.args[split.args.length - 1];
  const lastEnd = last ? last.end : kw.end;
  out.push({ line: lineNo, keyword, rest, args, badQuotes: split.bad, location: loc(file, lineNo, kw.start, lastEnd) });
}

interface Delimited {
  readonly token: string;
  readonly start: number;
  readonly end: number;
  /** Index where the remaining text starts, or null when the line is used up. */
  readonly next: number | null;
}

/**
 * sshd's keyword tokenizer: a token ends at whitespace, a double quote or `=`; then whitespace and at most one `=`
 * are skipped. A leading double quote groups up to the next quote; null when it is unbalanced.
 */
export function strdelim(s: string, from: number): Delimited | null {
  let i = from;
  while (i < s.length) {
    const c = s[i] ?? '';
    if (isBlank(c) || c === '"' || c === '=') break;
    i++;
  }
  if (i >= s.length) return { token: s.slice(from), start: from, end: s.length, next: null };
  if (s[i] === '"') {
    const close = s.indexOf('"', i + 1);
    if (close === -1) return null;
    const token = s.slice(from, i) + s.slice(i + 1, close);
    let j = close + 1;
    while (j < s.length && isBlank(s[j] ?? '')) j++;
    return { token, start: from, end: close + 1, next: j };
  }
  const sawEquals = s[i] === '=';
  const token = s.slice(from, i);
  let j = i + 1;
  while (j < s.length && isBlank(s[j] ?? '')) j++;
  if (!sawEquals && s[j] === '=') {
    j++;
    while (j < s.length && isBlank(s[j] ?? '')) j++;
  }
  return { token, start: from, end: i, next: j >= s.length ? s.length : j };
}

interface RawArg {
  value: string;
  start: number;
  end: number;
}

/** sshd's argument splitter (space/tab separated, '…' and "…" quoting, \\ \' \" and "\ " escapes). */
function argvSplit(s: string, from: number): { args: RawArg[]; comment: number | null; bad: boolean } {
  const args: RawArg[] = [];
  let i = from;
  while (i < s.length) {
    const c = s[i];
    if (c === ' ' || c === '\t') {
      i++;
      continue;
    }
    if (c === '#') return { args, comment: i, bad: false };
    const start = i;
    let quote = '';
    let value = '';
    for (; i < s.length; i++) {
      const ch = s[i] ?? '';
      if (ch === '\\') {
        const nx = s[i + 1];
        if (nx === "'" || nx === '"' || nx === '\\' || (quote === '' && nx === ' ')) {
          i++;
          value += nx;
        } else value += ch;
      } else if (quote === '' && (ch === ' ' || ch === '\t')) break;
      else if (quote === '' && (ch === '"' || ch === "'")) quote = ch;
      else if (quote !== '' && ch === quote) quote = '';
      else value += ch;
    }
    if (quote !== '') return { args, comment: null, bad: true };
    args.push({ value, start, end: i });
  }
  return { args, comment: null, bad: false };
}
