import type { Range } from '../../model/position.js';
import { recordLookup } from './extensions.js';
import { parseRuleSpec } from './rule.js';
import type { RuleSpec, SpecProblem } from './rule.js';
import { tokenizeLine } from './tokenize.js';
import type { Token } from './tokenize.js';

/**
 * iptables-save / iptables-restore input (and `iptables -S` output) → AST with positions.
 * Follows iptables-restore's line rules: `#` comments only in column 1, `*table … COMMIT` blocks,
 * `:CHAIN POLICY [p:b]` declarations, and any iptables command (-A -I -D -R -N -X -F -Z -P -E) inside a table.
 */

export type CommandKind = 'append' | 'insert' | 'delete' | 'replace' | 'new-chain' | 'delete-chain' | 'flush' | 'zero' | 'policy' | 'rename-chain';

export interface IptCommand {
  readonly kind: CommandKind;
  readonly line: number;
  /** The line without its counters prefix and surrounding blanks. */
  readonly text: string;
  readonly range: Range;
  readonly chain?: Token;
  /** -I/-R/-D position (1-based). */
  readonly index?: Token;
  /** -P target, -E new name. */
  readonly arg?: Token;
  readonly spec?: RuleSpec;
}

export interface IptChainDecl {
  readonly name: Token;
  readonly policy: Token;
  readonly line: number;
  readonly range: Range;
}

export interface IptTable {
  readonly name: Token;
  readonly line: number;
  readonly chains: IptChainDecl[];
  readonly commands: IptCommand[];
  committed: boolean;
  /** Lines written without a `*table` header (`iptables -S` output) land in an implicit filter table. */
  readonly implicit: boolean;
}

export interface IptProblem {
  readonly severity: 'error' | 'warning';
  readonly code: string;
  readonly message: string;
  readonly range: Range;
}

export interface IptablesDocument {
  readonly tables: IptTable[];
  readonly problems: IptProblem[];
}

const COMMANDS: Readonly<Record<string, CommandKind>> = {
  '-A': 'append', '--append': 'append',
  '-I': 'insert', '--insert': 'insert',
  '-D': 'delete', '--delete': 'delete',
  '-R': 'replace', '--replace': 'replace',
  '-N': 'new-chain', '--new-chain': 'new-chain',
  '-X': 'delete-chain', '--delete-chain': 'delete-chain',
  '-F': 'flush', '--flush': 'flush',
  '-Z': 'zero', '--zero': 'zero',
  '-P': 'policy', '--policy': 'policy',
  '-E': 'rename-chain', '--rename-chain': 'rename-chain',
};

const commandKind = recordLookup(COMMANDS);

function tokRange(a: Token, b: Token = a): Range {
  return { start: { line: a.line, column: a.start }, end: { line: b.line, column: b.end } };
}

const DIGITS = /^\d+$/;

type Writable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Receives the document as it is read, in file order. With a sink, chain declarations and commands are handed
 * over and not kept in the returned document (so a 50,000-rule dump does not hold every token at once).
 */
export interface IptablesSink {
  table(table: IptTable): void;
  chain(table: IptTable, decl: IptChainDecl): void;
  command(table: IptTable, command: IptCommand): void;
}

export function parseIptablesSave(text: string, sink?: IptablesSink): IptablesDocument {
  const tables: IptTable[] = [];
  const problems: IptProblem[] = [];
  let current: IptTable | undefined;
  const implicitTable = (line: number): IptTable => {
    const t: IptTable = { name: { value: 'filter', line, start: 1, end: 1, quoted: false }, line, chains: [], commands: [], committed: true, implicit: true };
    tables.push(t);
    sink?.table(t);
    return t;
  };

  // Lines are cut one at a time (no array of every line held at once); a trailing CR is dropped.
  let lineNo = 0;
  for (let pos = 0; pos <= text.length; ) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    lineNo++;
    const raw = text.slice(pos, nl > pos && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl);
    pos = nl + 1;
    const c0 = raw.charCodeAt(0);
    if (c0 === 35) continue; // '#'
    // Printable ASCII in column 1 (nearly every line): no leading blanks to measure.
    const indent = c0 > 32 && c0 < 127 ? 0 : raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body === '') continue;
    // Built when a problem or a chain declaration needs it, not for every rule line.
    const lineRange = (): Range => ({ start: { line: lineNo, column: indent + 1 }, end: { line: lineNo, column: indent + body.length + 1 } });
    if (indent > 0 && /^[#*:]|^COMMIT$/.test(body)) {
      problems.push({ severity: 'error', code: 'indented', message: `an indented "${body[0] === 'C' ? 'COMMIT' : body[0]}" line is not recognised by iptables-restore (it must start in column 1)`, range: lineRange() });
      if (body.startsWith('#')) continue;
    }
    if (body.startsWith('*')) {
      if (current && !current.committed) {
        problems.push({ severity: 'error', code: 'commit-expected', message: `COMMIT expected before line ${lineNo}: table "${current.name.value}" is never committed`, range: lineRange() });
      }
      const name = { value: body.slice(1).trim(), line: lineNo, start: indent + 2, end: indent + body.length + 1, quoted: false };
      if (!['filter', 'nat', 'mangle', 'raw', 'security'].includes(name.value)) {
        problems.push({ severity: 'error', code: 'unknown-table', message: `unknown table "${name.value}"`, range: lineRange() });
      }
      current = { name, line: lineNo, chains: [], commands: [], committed: false, implicit: false };
      tables.push(current);
      sink?.table(current);
      continue;
    }
    if (body === 'COMMIT') {
      if (!current || current.committed) problems.push({ severity: 'error', code: 'stray-commit', message: 'COMMIT outside a table', range: lineRange() });
      else current.committed = true;
      continue;
    }
    if (body.startsWith(':')) {
      if (!current || current.committed) {
        problems.push({ severity: 'error', code: 'outside-table', message: 'chain declaration outside a "*table" block', range: lineRange() });
        continue;
      }
      const { tokens } = tokenizeLine(raw, lineNo);
      const first = tokens[0];
      const policy = tokens[1];
      if (!first || !policy) {
        problems.push({ severity: 'error', code: 'bad-chain-line', message: 'a chain line needs a name and a policy (":CHAIN POLICY [0:0]")', range: lineRange() });
        continue;
      }
      const name = { ...first, value: first.value.slice(1), start: first.start + 1 };
      const decl: IptChainDecl = { name, policy, line: lineNo, range: lineRange() };
      if (sink) sink.chain(current, decl);
      else current.chains.push(decl);
      continue;
    }
    // A command line, possibly with a [packets:bytes] prefix.
    let offset = 0;
    let bodyText = raw;
    const counters = body.charCodeAt(0) === 91 ? /^(\s*)\[\d+:\d+\]\s*/.exec(raw) : null;
    if (counters) {
      offset = counters[0].length;
      bodyText = raw.slice(offset);
    }
    const { tokens, unterminated } = tokenizeLine(bodyText, lineNo, offset);
    if (unterminated) {
      const last = tokens[tokens.length - 1];
      problems.push({ severity: 'error', code: 'unterminated-quote', message: 'unterminated double quote', range: last ? tokRange(last) : lineRange() });
    }
    const cmdTok = tokens[0];
    if (!cmdTok) continue;
    const kind = commandKind(cmdTok.value);
    if (!kind) {
      problems.push({ severity: 'error', code: 'syntax', message: `not an iptables command: "${cmdTok.value}"`, range: lineRange() });
      continue;
    }
    if (!current || current.committed) {
      if (current && !current.implicit) {
        problems.push({ severity: 'error', code: 'outside-table', message: 'command outside a "*table … COMMIT" block', range: lineRange() });
        continue;
      }
      if (!current) {
        current = implicitTable(lineNo);
        problems.push({ severity: 'warning', code: 'no-table', message: 'rules without a "*filter" header (iptables -S output); read as the filter table, but iptables-restore would refuse this file', range: lineRange() });
      }
    }
    const table = current;
    const cmdText = counters ? bodyText.trim() : body;
    const range: Range = { start: { line: lineNo, column: cmdTok.start }, end: { line: lineNo, column: (tokens[tokens.length - 1] ?? cmdTok).end } };
    let i = 1;
    const chain = tokens[i];
    const needsChain = kind !== 'delete-chain' && kind !== 'flush' && kind !== 'zero';
    if (!chain || chain.value.startsWith('-')) {
      if (needsChain) {
        problems.push({ severity: 'error', code: 'missing-chain', message: `"${cmdTok.value}" needs a chain name`, range });
        continue;
      }
      const bare: IptCommand = { kind, line: lineNo, text: cmdText, range };
      if (sink) sink.command(table, bare);
      else table.commands.push(bare);
      continue;
    }
    i++;
    const specProblems: SpecProblem[] = [];
    let index: Token | undefined;
    let arg: Token | undefined;
    if ((kind === 'insert' || kind === 'replace' || kind === 'delete') && DIGITS.test(tokens[i]?.value ?? '')) index = tokens[i++];
    if (kind === 'replace' && !index) problems.push({ severity: 'error', code: 'missing-index', message: '-R needs a rule number', range });
    if (kind === 'policy' || kind === 'rename-chain') {
      arg = tokens[i++];
      if (!arg) problems.push({ severity: 'error', code: 'missing-argument', message: `"${cmdTok.value}" needs ${kind === 'policy' ? 'a policy' : 'a new name'}`, range });
    }
    const withSpec = kind === 'append' || kind === 'insert' || kind === 'replace' || (kind === 'delete' && !index);
    let spec: RuleSpec | undefined;
    if (withSpec) spec = parseRuleSpec(tokens, specProblems, i);
    else if (i < tokens.length) problems.push({ severity: 'error', code: 'bad-argument', message: `unexpected "${tokens[i]?.value ?? ''}" after "${cmdTok.value} ${chain.value}"`, range: tokRange(tokens[i] as Token, tokens[tokens.length - 1]) });
    for (const p of specProblems) problems.push({ severity: p.severity, code: p.code, message: p.message, range: tokRange(p.token, p.endToken) });
    // Optional fields are set only when present (same own keys as before, without spreading temporaries).
    const command: Writable<IptCommand> = { kind, line: lineNo, text: cmdText, range, chain };
    if (index) command.index = index;
    if (arg) command.arg = arg;
    if (spec) command.spec = spec;
    if (sink) sink.command(table, command);
    else table.commands.push(command);
  }
  if (current && !current.committed) {
    problems.push({ severity: 'error', code: 'commit-expected', message: `COMMIT expected: table "${current.name.value}" (line ${current.line}) is never committed, so iptables-restore loads nothing`, range: { start: { line: current.line, column: 1 }, end: { line: current.line, column: current.name.end } } });
  }
  return { tables, problems };
}
