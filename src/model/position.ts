/** 1-based line and column. Columns count UTF-16 code units, as editors and SARIF do. */
export interface Position {
  readonly line: number;
  readonly column: number;
}

/** A span in one file; `end` is exclusive. */
export interface Range {
  readonly start: Position;
  readonly end: Position;
}

/** A place in the repo: a repo-relative POSIX path plus a range. */
export interface Location {
  readonly file: string;
  readonly range: Range;
}

/** A parsed value that remembers where it came from. */
export interface Located<T> {
  readonly value: T;
  readonly loc: Location;
}

export function pos(line: number, column: number): Position {
  return { line, column };
}

export function range(startLine: number, startColumn: number, endLine: number, endColumn: number): Range {
  return { start: { line: startLine, column: startColumn }, end: { line: endLine, column: endColumn } };
}

/** Whole-line range for a line of `length` characters (column 1 to length + 1). */
export function lineRange(line: number, length: number): Range {
  return range(line, 1, line, Math.max(1, length + 1));
}

export function comparePositions(a: Position, b: Position): number {
  return a.line - b.line || a.column - b.column;
}

export function compareLocations(a: Location, b: Location): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return comparePositions(a.range.start, b.range.start) || comparePositions(a.range.end, b.range.end);
}
