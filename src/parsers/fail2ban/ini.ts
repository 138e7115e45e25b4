import type { Location } from '../../model/position.js';
import { range } from '../../model/position.js';

/**
 * fail2ban's configuration files, read the way fail2ban's reader reads them: Python's
 * `configparser.ConfigParser` in strict mode, with `;` as the only inline-comment prefix
 * (and only after whitespace), `=` or `:` as delimiter, lower-cased keys, values continued
 * by deeper-indented lines, and `[DEFAULT]` as the shared section. One file at a time:
 * merging files is the model's job.
 */

export interface IniEntry {
  /** Lower-cased, as fail2ban stores it. */
  readonly key: string;
  /** Continuation lines joined with `\n`, trailing blank lines dropped. */
  readonly value: string;
  readonly keyLoc: Location;
  /** From the first character of the value to the end of its last line. */
  readonly valueLoc: Location;
  /** The whole entry, key to end of value. */
  readonly location: Location;
  /** The section the entry was written in ('DEFAULT' for the shared one). */
  readonly section: string;
  /** True for the built-in copy of a file the package ships, false for a file in the repo. */
  readonly shipped: boolean;
}

export interface IniSectionBlock {
  readonly name: string;
  readonly header: Location;
  readonly entries: readonly IniEntry[];
}

export type IniErrorCode = 'duplicate-section' | 'duplicate-option' | 'missing-section-header' | 'parse-error';

/** Every one of these makes fail2ban refuse the whole configuration. */
export interface IniDiagnostic {
  readonly code: IniErrorCode;
  readonly message: string;
  readonly location: Location;
}

export interface IniFile {
  /** Repo path (for locations). */
  readonly file: string;
  readonly shipped: boolean;
  /** Section blocks in file order; a `[DEFAULT]` written twice gives two blocks. */
  readonly blocks: readonly IniSectionBlock[];
  /** Python stops at the first duplicate or missing header; bad lines are collected to the end. */
  readonly diagnostics: readonly IniDiagnostic[];
}

/** Python's `str.isspace()` characters (a BOM is not one of them). */
const PY_SPACE = '\\t\\n\\v\\f\\r \\x1c-\\x1f\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const SPACE_CHAR = new RegExp(`^[${PY_SPACE}]$`);
const NON_SPACE = new RegExp(`[^${PY_SPACE}]`);
const SECTION_RE = /^\[(.+)\]/s;

/**
 * Python's option pattern `(.*?)\s*([=:])\s*(.*)$` split by hand: the lazy key ends at the first `=` or `:`
 * (less its trailing spaces). Written as a loop because the regex is quadratic on long lines of spaces.
 */
function splitOption(line: string): { key: string; value: string } | null {
  let d = -1;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '=' || c === ':') {
      d = i;
      break;
    }
  }
  if (d < 0) return null;
  return { key: pyRstrip(line.slice(0, d)), value: pyLstrip(line.slice(d + 1)) };
}

function pyLstrip(s: string): string {
  let i = 0;
  while (i < s.length && isPySpace(s[i] ?? '')) i++;
  return s.slice(i);
}

function pyRstrip(s: string): string {
  let j = s.length;
  while (j > 0 && isPySpace(s[j - 1] ?? '')) j--;
  return s.slice(0, j);
}

export function pyStrip(s: string): string {
  return pyRstrip(pyLstrip(s));
}

export function isPySpace(ch: string): boolean {
  return SPACE_CHAR.test(ch);
}

/** Python's universal newlines: \r\n, \r and \n all end a line. */
function splitLines(text: string): string[] {
  const lines = text.split(/\r\n|\r|\n/);
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** Index where an inline `;` comment starts (preceded by whitespace or at column 0), or -1. */
function inlineCommentStart(line: string): number {
  let from = 0;
  for (;;) {
    const i = line.indexOf(';', from);
    if (i < 0) return -1;
    if (i === 0 || isPySpace(line[i - 1] ?? '')) return i;
    from = i + 1;
  }
}

interface OpenEntry {
  key: string;
  lines: { text: string; line: number; startCol: number; endCol: number }[];
  keyLoc: Location;
  section: string;
  block: IniSectionBlock & { entries: IniEntry[] };
}

export function parseIni(text: string, file: string, shipped = false): IniFile {
  const blocks: (IniSectionBlock & { entries: IniEntry[] })[] = [];
  const diagnostics: IniDiagnostic[] = [];
  const seenSections = new Set<string>();
  const seenOptions = new Set<string>();
  const loc = (line: number, c1: number, c2: number): Location => ({ file, range: range(line, c1, line, c2) });

  let current: (IniSectionBlock & { entries: IniEntry[] }) | null = null;
  let open: OpenEntry | null = null;
  let indentLevel = 0;

  const close = (): void => {
    if (!open) return;
    const ls = open.lines;
    while (ls.length > 1 && ls[ls.length - 1]?.text === '') ls.pop();
    const first = ls[0];
    const last = ls[ls.length - 1];
    if (first && last) {
      const value = pyStrip(ls.map((l) => l.text).join('\n'));
      const valueLoc: Location = { file, range: range(first.line, first.startCol, last.line, last.endCol) };
      open.block.entries.push({
        key: open.key,
        value,
        keyLoc: open.keyLoc,
        valueLoc,
        location: { file, range: { start: open.keyLoc.range.start, end: valueLoc.range.end } },
        section: open.section,
        shipped,
      });
    }
    open = null;
  };

  const lines = splitLines(text);
  for (let idx = 0; idx < lines.length; idx++) {
    const raw = lines[idx] ?? '';
    const lineNo = idx + 1;
    let commentStart = inlineCommentStart(raw);
    const stripped = pyStrip(raw);
    if (stripped.startsWith('#') || stripped.startsWith(';')) commentStart = 0;
    const content = commentStart >= 0 ? raw.slice(0, commentStart) : raw;
    const value = pyStrip(content);
    if (value === '') {
      // A blank line belongs to the open value (Python's empty_lines_in_values); a comment line does not.
      if (commentStart < 0 && open) open.lines.push({ text: '', line: lineNo, startCol: 1, endCol: 1 });
      continue;
    }
    const indent = raw.search(NON_SPACE);
    const startCol = content.search(NON_SPACE) + 1;
    const endCol = pyRstrip(content).length + 1;
    if (open && current && indent > indentLevel) {
      open.lines.push({ text: value, line: lineNo, startCol, endCol });
      continue;
    }
    indentLevel = indent;
    const header = SECTION_RE.exec(value);
    if (header) {
      close();
      const name = header[1] ?? '';
      if (name !== 'DEFAULT' && seenSections.has(name)) {
        diagnostics.push({ code: 'duplicate-section', message: `section [${name}] already appears in this file`, location: loc(lineNo, startCol, endCol) });
        return { file, shipped, blocks, diagnostics };
      }
      if (name !== 'DEFAULT') seenSections.add(name);
      current = { name, header: loc(lineNo, startCol, endCol), entries: [] };
      blocks.push(current);
      continue;
    }
    if (!current) {
      close();
      diagnostics.push({ code: 'missing-section-header', message: 'a setting appears before any [section] header', location: loc(lineNo, startCol, endCol) });
      return { file, shipped, blocks, diagnostics };
    }
    const option = splitOption(value);
    close();
    if (!option || option.key === '') {
      diagnostics.push({ code: 'parse-error', message: `not a "key = value" line: ${value}`, location: loc(lineNo, startCol, endCol) });
      continue;
    }
    const key = option.key.toLowerCase();
    const dupKey = `${current.name}\u0000${key}`;
    if (seenOptions.has(dupKey)) {
      diagnostics.push({ code: 'duplicate-option', message: `"${key}" is set twice in section [${current.name}] of this file`, location: loc(lineNo, startCol, endCol) });
      return { file, shipped, blocks, diagnostics };
    }
    seenOptions.add(dupKey);
    const firstValue = option.value;
    const keyEnd = startCol + option.key.length;
    const valueStart = firstValue === '' ? endCol : endCol - firstValue.length;
    open = {
      key,
      lines: [{ text: firstValue, line: lineNo, startCol: valueStart, endCol }],
      keyLoc: loc(lineNo, startCol, keyEnd),
      section: current.name,
      block: current,
    };
  }
  close();
  return { file, shipped, blocks, diagnostics };
}
