import type { FileToken, NftChain, NftDocument, NftFamily, NftHook, NftProblem, NftSet, NftTable } from './ast.js';
import { NFT_FAMILIES } from './ast.js';
import { tokenize } from './tokenize.js';

/**
 * Parser of nft scripts (`/etc/nftables.conf`, `nft list ruleset` output) into tables, chains, sets and
 * rules. Rules stay token lists (./lower-rule.ts gives them meaning); this file knows the block structure,
 * `include`, `define`, `flush`, `add`/`insert`/`delete` commands. Never throws.
 */

export interface IncludeResult {
  /** Files matched, in the order nft reads them: repo path and text, or why one could not be read. */
  readonly files: readonly ({ readonly path: string; readonly text: string } | { readonly path: string; readonly error: string })[];
}

export interface ParseOptions {
  /** Repo path of the main file (for locations). */
  readonly file: string;
  /** Resolve an `include` argument relative to the including file (repo path), through the host filesystem. */
  readonly include?: (pattern: string, from: string) => IncludeResult;
}

/** Priority names of `doc/nft.txt` (ip, ip6, inet, netdev families). */
export const PRIORITY_NAMES: Readonly<Record<string, number>> = { raw: -300, mangle: -150, dstnat: -100, filter: 0, security: 50, srcnat: 100 };

const MAX_INCLUDE_DEPTH = 16;

type Scope = Map<string, FileToken[]>;

class Parser {
  readonly doc: NftDocument = { tables: new Map(), problems: [], files: [] };
  private toks: FileToken[] = [];
  private i = 0;
  private scopes: Scope[] = [new Map<string, FileToken[]>()];
  private readonly texts = new Map<string, string[]>();

  constructor(private readonly options: ParseOptions) {}

  run(text: string): NftDocument {
    this.toks = this.tokensOf(text, this.options.file, 0);
    this.doc.files.push(this.options.file);
    this.topLevel();
    return this.doc;
  }

  // ---- tokens ------------------------------------------------------------------------------------------

  private tokensOf(text: string, file: string, depth: number): FileToken[] {
    this.texts.set(file, text.split('\n'));
    const { tokens, problems } = tokenize(text);
    const out = tokens.map((t) => ({ ...t, file, depth }));
    for (const p of problems) this.problem('error', 'syntax', p.message, { kind: 'word', value: '', line: p.line, col: p.col, end: p.end, file });
    return out;
  }

  private peek(k = 0): FileToken | undefined {
    return this.toks[this.i + k];
  }

  private next(): FileToken | undefined {
    return this.toks[this.i++];
  }

  private at(value: string, k = 0): boolean {
    const t = this.peek(k);
    return t !== undefined && t.kind !== 'string' && t.value === value;
  }

  private problem(severity: NftProblem['severity'], code: string, message: string, at: FileToken, to?: FileToken): void {
    this.doc.problems.push({ severity, code, message, at, ...(to ? { to } : {}) });
  }

  private last(): FileToken {
    return this.toks[Math.max(0, Math.min(this.i, this.toks.length) - 1)] ?? { kind: 'newline', value: '', line: 1, col: 1, end: 1, file: this.options.file };
  }

  /** Skip newlines and `;`. */
  private skipSeparators(): void {
    while (this.peek() && (this.peek()?.kind === 'newline' || this.at(';'))) this.i++;
  }

  /**
   * The tokens of one statement: up to a newline or `;` outside braces, or a `}` closing the enclosing block.
   * Newlines inside `{ … }` are dropped. Variables are substituted.
   */
  private statement(): FileToken[] {
    const out: FileToken[] = [];
    let depth = 0;
    for (;;) {
      const t = this.peek();
      if (!t) break;
      if (depth === 0 && (t.kind === 'newline' || this.at(';'))) break;
      if (depth === 0 && this.at('}')) break;
      this.i++;
      if (t.kind === 'newline') continue;
      if (t.kind === 'punct' && t.value === '{') depth++;
      if (t.kind === 'punct' && t.value === '}') depth--;
      if (t.kind === 'punct' && t.value === '$') {
        const name = this.peek();
        if (name?.kind === 'word') {
          this.i++;
          const value = this.lookup(name.value);
          if (value === undefined) this.problem('error', 'undefined-variable', `undefined variable $${name.value}`, t, name);
          else out.push(...value.map((v) => ({ ...v, line: t.line, col: t.col, end: name.end, file: t.file })));
          continue;
        }
      }
      out.push(t);
    }
    return out;
  }

  private lookup(name: string): FileToken[] | undefined {
    for (let s = this.scopes.length - 1; s >= 0; s--) {
      const v = this.scopes[s]?.get(name);
      if (v) return v;
    }
    return undefined;
  }

  /** Skip a balanced `{ … }` block starting at the current `{`. */
  private skipBlock(): void {
    if (!this.at('{')) return;
    let depth = 0;
    while (this.peek()) {
      const t = this.next();
      if (t?.kind === 'punct' && t.value === '{') depth++;
      if (t?.kind === 'punct' && t.value === '}' && --depth === 0) return;
    }
  }

  private expectOpen(what: string): boolean {
    if (this.at('{')) {
      this.i++;
      return true;
    }
    this.problem('error', 'syntax', `expected "{" after ${what}`, this.peek() ?? this.last());
    return false;
  }

  /** Common handling of `include` and `define` in any block; true when the statement was one of them. */
  private directive(): boolean {
    const t = this.peek();
    if (!t || t.kind !== 'word') return false;
    if (t.value === 'include') {
      this.i++;
      const arg = this.next();
      if (arg?.kind !== 'string') {
        this.problem('error', 'syntax', 'include needs a quoted file name', arg ?? t);
        this.statement();
        return true;
      }
      this.include(arg);
      return true;
    }
    if (t.value === 'define' || t.value === 'redefine') {
      this.i++;
      const name = this.next();
      if (name?.kind !== 'word' || !this.at('=')) {
        this.problem('error', 'syntax', `${t.value} needs "name = value"`, name ?? t);
        this.statement();
        return true;
      }
      this.i++;
      const scope = this.scopes[this.scopes.length - 1] ?? new Map<string, FileToken[]>();
      if (t.value === 'define' && scope.has(name.value)) this.problem('error', 'redefined-variable', `variable $${name.value} is already defined (use redefine)`, name);
      scope.set(name.value, this.statement());
      return true;
    }
    if (t.value === 'undefine') {
      this.i++;
      const name = this.next();
      if (name) for (const s of this.scopes) s.delete(name.value);
      return true;
    }
    return false;
  }

  private include(arg: FileToken & { depth?: number }): void {
    const depth = (arg.depth ?? 0) + 1;
    if (depth > MAX_INCLUDE_DEPTH || !this.options.include) {
      this.problem(depth > MAX_INCLUDE_DEPTH ? 'error' : 'warning', 'include', depth > MAX_INCLUDE_DEPTH ? 'include nesting too deep (a loop?)' : `include "${arg.value}" not followed`, arg);
      return;
    }
    const result = this.options.include(arg.value, arg.file);
    const wildcard = /[*?[]/.test(arg.value);
    if (result.files.length === 0 && !wildcard) {
      this.problem('error', 'include-missing', `include "${arg.value}": no such file (nft -f refuses this)`, arg);
      return;
    }
    const spliced: FileToken[] = [];
    for (const f of result.files) {
      if ('error' in f) {
        this.problem('error', 'include-missing', `include "${arg.value}": ${f.path}: ${f.error}`, arg);
        continue;
      }
      if (!this.doc.files.includes(f.path)) this.doc.files.push(f.path);
      spliced.push(...this.tokensOf(f.text, f.path, depth));
      spliced.push({ kind: 'newline', value: '\n', line: arg.line, col: arg.end, end: arg.end, file: arg.file });
    }
    this.toks.splice(this.i, 0, ...spliced);
  }

  // ---- top level ---------------------------------------------------------------------------------------

  private topLevel(): void {
    for (;;) {
      this.skipSeparators();
      const t = this.peek();
      if (!t) return;
      if (this.directive()) continue;
      if (t.kind !== 'word') {
        this.problem('error', 'syntax', `unexpected "${t.value}"`, t);
        this.statement();
        if (this.at('}')) this.i++;
        continue;
      }
      this.command();
    }
  }

  private family(): NftFamily | undefined {
    const t = this.peek();
    if (t?.kind === 'word' && (NFT_FAMILIES as readonly string[]).includes(t.value)) {
      // `table ip` alone would be a table named "ip" in the default family; a family is followed by a name.
      const after = this.peek(1);
      if (after && (after.kind === 'word' || after.kind === 'string')) {
        this.i++;
        return t.value as NftFamily;
      }
    }
    return undefined;
  }

  private tableRef(): NftTable | undefined {
    const start = this.peek();
    const family = this.family() ?? 'ip';
    const name = this.next();
    if (!name || (name.kind !== 'word' && name.kind !== 'string')) {
      this.problem('error', 'syntax', 'expected a table name', name ?? start ?? this.last());
      return undefined;
    }
    const key = `${family} ${name.value}`;
    let table = this.doc.tables.get(key);
    if (!table) {
      table = { family, name: name.value, decl: name, chains: new Map(), sets: new Map() };
      this.doc.tables.set(key, table);
    }
    return table;
  }

  private existingTable(): NftTable | undefined {
    const family = this.family() ?? 'ip';
    const name = this.next();
    if (!name) return undefined;
    const table = this.doc.tables.get(`${family} ${name.value}`);
    if (!table) this.problem('error', 'no-such-table', `no such table: ${family} ${name.value}`, name);
    return table;
  }

  private command(): void {
    const verb = this.next();
    if (!verb) return;
    switch (verb.value) {
      case 'table':
        return this.tableCommand(verb, true);
      case 'add':
      case 'create':
      case 'insert':
      case 'replace': {
        const what = this.peek();
        if (what?.value === 'table') {
          this.i++;
          return this.tableCommand(verb, false);
        }
        if (what?.value === 'chain') {
          this.i++;
          return this.chainCommand();
        }
        if (what?.value === 'rule') {
          this.i++;
          return this.ruleCommand(verb.value === 'insert');
        }
        if (what?.value === 'set' || what?.value === 'map') {
          this.i++;
          const table = this.tableRef();
          if (table) this.setDecl(table, what.value);
          return;
        }
        if (what?.value === 'element') {
          this.i++;
          return this.elementCommand();
        }
        this.statement();
        return;
      }
      case 'chain':
        return this.chainCommand();
      case 'rule':
        return this.ruleCommand(false);
      case 'flush':
        return this.flushCommand(verb);
      case 'delete':
      case 'destroy':
        return this.deleteCommand(verb);
      case 'list':
      case 'reset':
      case 'monitor':
      case 'describe':
      case 'rename':
        this.statement();
        return;
      default:
        this.problem('error', 'syntax', `unknown command "${verb.value}"`, verb);
        this.statement();
        if (this.at('{')) this.skipBlock();
    }
  }

  private tableCommand(verb: FileToken, blockRequired: boolean): void {
    const table = this.tableRef();
    if (!table) {
      this.statement();
      return;
    }
    if (!this.at('{')) {
      if (blockRequired) this.problem('error', 'syntax', 'expected "{" after the table name', this.peek() ?? verb);
      return;
    }
    this.i++;
    this.scopes.push(new Map());
    this.tableBody(table);
    this.scopes.pop();
  }

  private tableBody(table: NftTable): void {
    for (;;) {
      this.skipSeparators();
      const t = this.peek();
      if (!t) {
        this.problem('error', 'syntax', `table ${table.name}: missing "}"`, table.decl);
        return;
      }
      if (this.at('}')) {
        this.i++;
        return;
      }
      if (this.directive()) continue;
      this.i++;
      switch (t.value) {
        case 'chain': {
          const name = this.next();
          if (!name || (name.kind !== 'word' && name.kind !== 'string')) {
            this.problem('error', 'syntax', 'expected a chain name', name ?? t);
            continue;
          }
          const chain = this.chainOf(table, name);
          if (this.expectOpen(`chain ${name.value}`)) this.chainBody(table, chain);
          this.blockEnd();
          continue;
        }
        case 'set':
        case 'map':
          this.setDecl(table, t.value);
          this.blockEnd();
          continue;
        case 'flags':
        case 'comment':
          this.statement();
          continue;
        default:
          // Stateful objects, flowtables, ct helpers...: not on the path of a verdict.
          this.statement();
          if (this.at('{')) this.skipBlock();
      }
    }
  }

  /** nft wants a newline or `;` after a block's closing brace (`chain c { … } }` on one line is a syntax error). */
  private blockEnd(): void {
    const t = this.peek();
    if (t && t.kind === 'punct' && t.value === '}') this.problem('error', 'syntax', 'expected a newline or ";" after "}"', t);
  }

  private chainOf(table: NftTable, name: FileToken): NftChain {
    let chain = table.chains.get(name.value);
    if (!chain) {
      chain = { name: name.value, decl: name, rules: [] };
      table.chains.set(name.value, chain);
    }
    return chain;
  }

  private chainBody(table: NftTable, chain: NftChain): void {
    this.scopes.push(new Map());
    for (;;) {
      this.skipSeparators();
      const t = this.peek();
      if (!t) {
        this.problem('error', 'syntax', `chain ${chain.name}: missing "}"`, chain.decl);
        break;
      }
      if (this.at('}')) {
        this.i++;
        break;
      }
      if (this.directive()) continue;
      if (this.at('type') && this.peek(1)?.kind === 'word') {
        this.hookSpec(table, chain);
        continue;
      }
      if (this.at('policy')) {
        const kw = this.next() ?? t;
        const value = this.statement();
        const v = value[0];
        if (!chain.hook) this.problem('error', 'policy-on-regular-chain', `policy on chain ${chain.name}, which has no hook`, kw);
        else if (!v || (v.value !== 'accept' && v.value !== 'drop')) this.problem('error', 'invalid-policy', 'policy must be accept or drop', v ?? kw);
        else chain.hook = { ...chain.hook, policy: v.value, policyToken: kw };
        continue;
      }
      if (this.at('comment') && this.peek(1)?.kind === 'string' && this.isEnd(2)) {
        this.statement();
        continue;
      }
      if (this.at('devices') || this.at('device')) {
        this.statement();
        continue;
      }
      const tokens = this.statement();
      if (tokens.length > 0) chain.rules.push({ tokens, text: this.textOf(tokens) });
    }
    this.scopes.pop();
  }

  private isEnd(k: number): boolean {
    const t = this.peek(k);
    return !t || t.kind === 'newline' || this.at(';', k) || this.at('}', k);
  }

  private hookSpec(table: NftTable, chain: NftChain): void {
    const first = this.peek();
    const words = this.statement();
    let type = '';
    let hook = '';
    let device: string | undefined;
    let priority: number | undefined;
    let policy: 'accept' | 'drop' = 'accept';
    let policyToken: FileToken | undefined;
    for (let k = 0; k < words.length; k++) {
      const w = words[k];
      if (!w) continue;
      const v = words[k + 1];
      if (w.value === 'type' && v) {
        type = v.value;
        k++;
      } else if (w.value === 'hook' && v) {
        hook = v.value;
        k++;
      } else if (w.value === 'device' && v) {
        device = v.value;
        k++;
      } else if (w.value === 'priority' && v) {
        const parsed = this.priority(words, k + 1, table.family);
        if (parsed === undefined) this.problem('error', 'invalid-priority', `invalid priority "${v.value}"`, v);
        else {
          priority = parsed.value;
          k = parsed.next - 1;
        }
      } else if (w.value === 'policy' && v) {
        if (v.value !== 'accept' && v.value !== 'drop') this.problem('error', 'invalid-policy', 'policy must be accept or drop', v);
        else policy = v.value;
        policyToken = w;
        k++;
      }
    }
    if (!type || !hook || priority === undefined) {
      this.problem('error', 'syntax', 'a base chain needs "type <type> hook <hook> priority <priority>"', first ?? chain.decl);
      return;
    }
    if (!['filter', 'nat', 'route'].includes(type)) this.problem('error', 'invalid-chain-type', `unknown chain type "${type}"`, first ?? chain.decl);
    if (!['prerouting', 'input', 'forward', 'output', 'postrouting', 'ingress', 'egress'].includes(hook)) this.problem('error', 'invalid-hook', `unknown hook "${hook}"`, first ?? chain.decl);
    if (type === 'nat' && priority <= -200) this.problem('error', 'invalid-priority', 'nat chains need a priority above -200', first ?? chain.decl);
    // A policy written on the next statement of the same body may still follow; keep what is set so far.
    const prior = chain.hook?.policyToken ? { policy: chain.hook.policy, policyToken: chain.hook.policyToken } : undefined;
    const spec: NftHook = { type, hook, priority, policy: policyToken ? policy : prior?.policy ?? policy, ...(policyToken ? { policyToken } : prior ? { policyToken: prior.policyToken } : {}), ...(device !== undefined ? { device } : {}) };
    chain.hook = spec;
  }

  /** `<int>`, `<name>`, `<name> + <n>`, `<name> - <n>`, `<name>+<n>` → number. */
  private priority(words: readonly FileToken[], k: number, family: NftFamily): { value: number; next: number } | undefined {
    const w = words[k];
    if (!w) return undefined;
    if (/^-?\d+$/.test(w.value)) return { value: Number(w.value), next: k + 1 };
    const m = /^([a-z]+)(?:([+-])(\d+))?$/.exec(w.value);
    if (!m) return undefined;
    const names = family === 'bridge' ? { ...PRIORITY_NAMES, dstnat: -300, filter: -200, out: 100, srcnat: 300 } : PRIORITY_NAMES;
    const base = names[m[1] ?? ''];
    if (base === undefined) return undefined;
    if (m[2] && m[3]) return { value: base + (m[2] === '-' ? -1 : 1) * Number(m[3]), next: k + 1 };
    const op = words[k + 1];
    const n = words[k + 2];
    if (op && n && (op.value === '+' || op.value === '-') && /^\d+$/.test(n.value)) return { value: base + (op.value === '-' ? -1 : 1) * Number(n.value), next: k + 3 };
    const signed = words[k + 1];
    if (signed && /^[+-]\d+$/.test(signed.value)) return { value: base + Number(signed.value), next: k + 2 };
    return { value: base, next: k + 1 };
  }

  private textOf(tokens: readonly FileToken[]): string {
    const first = tokens[0];
    const last = tokens[tokens.length - 1];
    if (!first || !last) return '';
    const lines = this.texts.get(first.file) ?? [];
    if (first.file !== last.file || first.line === last.line) return (lines[first.line - 1] ?? '').slice(first.col - 1, first.file === last.file ? last.end - 1 : undefined).trim();
    const parts = [(lines[first.line - 1] ?? '').slice(first.col - 1)];
    for (let l = first.line + 1; l < last.line; l++) parts.push(lines[l - 1] ?? '');
    parts.push((lines[last.line - 1] ?? '').slice(0, last.end - 1));
    return parts.map((p) => p.trim()).join(' ');
  }

  private setDecl(table: NftTable, kind: string): void {
    const name = this.next();
    if (!name || (name.kind !== 'word' && name.kind !== 'string')) {
      this.problem('error', 'syntax', `expected a ${kind} name`, name ?? this.last());
      return;
    }
    let set = table.sets.get(name.value);
    if (!set) {
      set = { name: name.value, kind: kind === 'map' ? 'map' : 'set', decl: name, keyType: [], flags: [], hasTimeout: false, elements: [] };
      table.sets.set(name.value, set);
    }
    if (!this.expectOpen(`${kind} ${name.value}`)) return;
    for (;;) {
      this.skipSeparators();
      const t = this.peek();
      if (!t) return;
      if (this.at('}')) {
        this.i++;
        return;
      }
      const words = this.statement();
      const head = words[0]?.value;
      if (head === 'type' || head === 'typeof') {
        const colon = words.findIndex((w) => w.value === ':');
        const keyWords = words.slice(1, colon < 0 ? undefined : colon);
        set.keyType = keyWords.map((w) => w.value);
        if (colon >= 0) set.dataType = words.slice(colon + 1).map((w) => w.value).join(' ');
      } else if (head === 'flags') {
        set.flags = words.slice(1).filter((w) => w.kind === 'word').map((w) => w.value);
        if (set.flags.includes('timeout') || set.flags.includes('dynamic')) set.hasTimeout = true;
      } else if (head === 'timeout') {
        set.hasTimeout = true;
      } else if (head === 'elements') {
        set.elements.push(...splitElements(words.slice(words.findIndex((w) => w.value === '{'))));
      }
    }
  }

  private elementCommand(): void {
    const table = this.existingTable();
    const name = this.next();
    const words = this.statement();
    if (!table || !name) return;
    const set = table.sets.get(name.value);
    if (!set) {
      this.problem('error', 'no-such-set', `no such set: ${name.value}`, name);
      return;
    }
    set.elements.push(...splitElements(words));
  }

  private chainCommand(): void {
    const table = this.existingTable();
    const name = this.next();
    if (!table || !name) {
      this.statement();
      if (this.at('{')) this.skipBlock();
      return;
    }
    const chain = this.chainOf(table, name);
    if (this.at('{')) {
      this.i++;
      this.chainBody(table, chain);
    }
  }

  private ruleCommand(prepend: boolean): void {
    const table = this.existingTable();
    const name = this.next();
    // `add rule t c position N …` / `index N`: placement by handle; appended here (listing order is what matters).
    if (this.at('position') || this.at('index') || this.at('handle')) this.i += 2;
    const tokens = this.statement();
    if (!table || !name) return;
    const chain = table.chains.get(name.value);
    if (!chain) {
      this.problem('error', 'no-such-chain', `no such chain: ${name.value} in table ${table.family} ${table.name}`, name);
      return;
    }
    if (tokens.length === 0) return;
    const rule = { tokens, text: this.textOf(tokens) };
    if (prepend) chain.rules.unshift(rule);
    else chain.rules.push(rule);
  }

  private flushCommand(verb: FileToken): void {
    const what = this.next();
    if (what?.value === 'ruleset') {
      const fam = this.peek();
      if (fam?.kind === 'word' && (NFT_FAMILIES as readonly string[]).includes(fam.value)) {
        this.i++;
        for (const [k, t] of this.doc.tables) if (t.family === fam.value) this.doc.tables.delete(k);
      } else this.doc.tables.clear();
      return;
    }
    if (what?.value === 'table') {
      const table = this.existingTable();
      if (table) for (const c of table.chains.values()) c.rules = [];
      return;
    }
    if (what?.value === 'chain') {
      const table = this.existingTable();
      const name = this.next();
      if (table && name) {
        const chain = table.chains.get(name.value);
        if (chain) chain.rules = [];
        else this.problem('error', 'no-such-chain', `no such chain: ${name.value}`, name);
      }
      return;
    }
    if (what?.value === 'set' || what?.value === 'map') {
      const table = this.existingTable();
      const name = this.next();
      const set = name ? table?.sets.get(name.value) : undefined;
      if (set) set.elements = [];
      return;
    }
    this.problem('error', 'syntax', 'flush what?', what ?? verb);
    this.statement();
  }

  private deleteCommand(verb: FileToken): void {
    const what = this.next();
    if (what?.value === 'table') {
      const family = this.family() ?? 'ip';
      const name = this.next();
      if (!name) return;
      const key = `${family} ${name.value}`;
      if (!this.doc.tables.delete(key) && verb.value === 'delete') this.problem('error', 'no-such-table', `no such table: ${key}`, name);
      return;
    }
    if (what?.value === 'chain') {
      const table = this.existingTable();
      const name = this.next();
      if (table && name && !table.chains.delete(name.value) && verb.value === 'delete') this.problem('error', 'no-such-chain', `no such chain: ${name.value}`, name);
      return;
    }
    // Rules by handle, elements...: handles are not in files; leave the ruleset as is.
    this.problem('warning', 'unsupported-command', `"${verb.value} ${what?.value ?? ''}" is not modelled`, what ?? verb);
    this.statement();
  }
}

/** Split `{ a, b : c, d }` (the braces included) into element token lists. */
export function splitElements(words: readonly FileToken[]): FileToken[][] {
  const out: FileToken[][] = [];
  let cur: FileToken[] = [];
  let depth = 0;
  for (const w of words) {
    if (w.kind === 'punct' && w.value === '{') {
      depth++;
      if (depth === 1) continue;
    }
    if (w.kind === 'punct' && w.value === '}') {
      depth--;
      if (depth === 0) continue;
    }
    if (depth === 1 && w.kind === 'punct' && w.value === ',') {
      if (cur.length) out.push(cur);
      cur = [];
      continue;
    }
    if (depth >= 1) cur.push(w);
  }
  if (cur.length) out.push(cur);
  return out;
}

export function parseNftables(text: string, options: ParseOptions): NftDocument {
  return new Parser(options).run(text);
}

export type { NftChain, NftSet, NftTable };
