/** One entry: key, value, first line, last line (1-based) in the shipped file. */
export type ShippedEntry = readonly [key: string, value: string, line: number, endLine: number];
/** One section block: name, header line, entries. */
export type ShippedBlock = readonly [name: string, line: number, entries: readonly ShippedEntry[]];
/** A shipped file as section blocks; filter files are kept as empty lists (only their existence matters). */
export type ShippedFile = readonly ShippedBlock[];

export interface ShippedData {
  /** Where the data was derived from. */
  readonly origin: string;
  /** Keyed by path relative to /etc/fail2ban. */
  readonly files: Readonly<Record<string, ShippedFile>>;
  readonly pythonActions: readonly string[];
}
