import type { Range } from '../../model/position.js';

/**
 * `iptables -L [-n] [-v] [-x] [--line-numbers]` text → chains of rows, split on whitespace (long target names
 * overflow their columns, so column offsets cannot be trusted). Lines that are not part of a listing
 * (prompts, markdown, blank lines) are skipped.
 */

export interface ListChain {
  readonly name: string;
  /** Built-in chains print a policy; user chains print a reference count. */
  readonly policy?: string;
  readonly line: number;
  readonly range: Range;
  readonly rows: ListRow[];
  /** The header had pkts/bytes/in/out columns (`-v`). */
  verbose: boolean;
}

export interface ListRow {
  readonly line: number;
  readonly range: Range;
  readonly text: string;
  readonly target: string;
  readonly prot: string;
  readonly opt: string;
  /** undefined without `-v`: the interface is not shown. */
  readonly in?: string;
  readonly out?: string;
  readonly source: string;
  readonly destination: string;
  /** Everything after the destination column: matches and target options as printed. */
  readonly extra: string;
}

export interface ListProblem {
  readonly severity: 'error' | 'warning';
  readonly code: string;
  readonly message: string;
  readonly range: Range;
}

export interface IptablesListing {
  readonly chains: ListChain[];
  readonly problems: ListProblem[];
}

const CHAIN = /^\s*Chain\s+(\S+)\s+\((?:policy\s+(\S+)[^)]*|\d+\s+references?|[^)]*)\)/;
const HEADER = /^\s*(num\s+)?(pkts\s+bytes\s+)?target\s+prot\s+opt\s+(in\s+out\s+)?source\s+destination\s*$/;
const OPT = /^(--|-f|!f)$/;

/** Words with their start/end offsets. */
function words(line: string): { w: string; s: number; e: number }[] {
  const out: { w: string; s: number; e: number }[] = [];
  const re = /\S+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(line)) !== null) out.push({ w: m[0], s: m.index, e: m.index + m[0].length });
  return out;
}

export function parseIptablesList(text: string): IptablesListing {
  const chains: ListChain[] = [];
  const problems: ListProblem[] = [];
  let current: ListChain | undefined;
  let cols: { num: boolean; counters: boolean; ifaces: boolean } | undefined;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] as string).replace(/\r$/, '');
    const lineNo = i + 1;
    const range: Range = { start: { line: lineNo, column: line.length - line.trimStart().length + 1 }, end: { line: lineNo, column: line.trimEnd().length + 1 } };
    const c = CHAIN.exec(line);
    if (c) {
      current = { name: c[1] as string, ...(c[2] ? { policy: c[2] } : {}), line: lineNo, range, rows: [], verbose: false };
      chains.push(current);
      cols = undefined;
      continue;
    }
    const h = HEADER.exec(line);
    if (h && current) {
      cols = { num: h[1] !== undefined, counters: h[2] !== undefined, ifaces: h[3] !== undefined };
      current.verbose = cols.ifaces;
      continue;
    }
    if (!current || !cols || line.trim() === '') {
      if (line.trim() === '') cols = current && cols ? cols : undefined;
      continue;
    }
    const ws = words(line);
    let k = 0;
    if (cols.num) {
      if (!/^\d+$/.test(ws[k]?.w ?? '')) {
        current = undefined;
        continue;
      }
      k++;
    }
    if (cols.counters) k += 2;
    // The target column may be empty: find the opt column among the next three words.
    let optAt = -1;
    for (let j = k + 1; j <= k + 2 && j < ws.length; j++) if (OPT.test(ws[j]?.w ?? '')) {
      optAt = j;
      break;
    }
    if (optAt < 0) {
      problems.push({ severity: 'warning', code: 'list-row', message: 'cannot read this line of the listing; it is ignored', range });
      continue;
    }
    const target = optAt - k === 2 ? (ws[k]?.w ?? '') : '';
    const prot = ws[optAt - 1]?.w ?? '';
    let j = optAt + 1;
    let inIf: string | undefined;
    let outIf: string | undefined;
    if (cols.ifaces) {
      inIf = ws[j++]?.w;
      outIf = ws[j++]?.w;
    }
    const src = ws[j++];
    const dst = ws[j];
    if (!src || !dst) {
      problems.push({ severity: 'warning', code: 'list-row', message: 'incomplete listing line; it is ignored', range });
      continue;
    }
    current.rows.push({
      line: lineNo,
      range,
      text: line.trim(),
      target,
      prot,
      opt: ws[optAt]?.w ?? '--',
      ...(inIf !== undefined ? { in: inIf } : {}),
      ...(outIf !== undefined ? { out: outIf } : {}),
      source: src.w,
      destination: dst.w,
      extra: line.slice(dst.e).trim(),
    });
  }
  if (chains.length === 0) problems.push({ severity: 'error', code: 'not-a-listing', message: 'no "Chain NAME (policy …)" line: this is not an iptables -L listing', range: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } } });
  return { chains, problems };
}
