import type { Chain, FirewallDiagnostic, Rule, Ruleset } from '../../model/firewall/types.js';
import type { Location } from '../../model/position.js';
import { lowerNftDocument } from './lower.js';
import { parseNftables } from './parse.js';

/**
 * `nft -j list ruleset` JSON. Each object is rendered as one line of nft syntax (`add table`, `add chain … { … }`,
 * `add set`, `add rule …`), the text goes through the same parser and lowering as nftables files, and every
 * location is mapped back to where the object starts in the JSON text.
 */

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

function isObj(v: Json | undefined): v is { [k: string]: Json } {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function str(v: Json | undefined): string {
  return typeof v === 'string' || typeof v === 'number' ? String(v) : '';
}

function quote(s: string): string {
  return `"${s.replace(/"/g, '')}"`;
}

/** A value on the right of a match, or a set element. */
function value(v: Json | undefined): string {
  if (typeof v === 'number') return String(v);
  if (typeof v === 'string') return v.startsWith('@') ? `@${v.slice(1)}` : /^[\w.:/-]+$/.test(v) && !/^[a-z]/i.test(v) ? v : quote(v);
  if (typeof v === 'boolean') return v ? '1' : '0';
  if (Array.isArray(v)) return v.map(value).join(',');
  if (!isObj(v)) return '';
  if ('set' in v && Array.isArray(v.set)) return `{ ${v.set.map((e) => (Array.isArray(e) ? `${value(e[0])} : ${statement(e[1])}` : value(e))).join(', ')} }`;
  if ('range' in v && Array.isArray(v.range)) return `${raw(v.range[0])}-${raw(v.range[1])}`;
  if ('prefix' in v && isObj(v.prefix)) return `${str(v.prefix.addr)}/${str(v.prefix.len)}`;
  if ('|' in v && Array.isArray(v['|'])) return v['|'].map(value).join(',');
  if ('concat' in v && Array.isArray(v.concat)) return v.concat.map(value).join(' . ');
  return expr(v);
}

function raw(v: Json | undefined): string {
  return typeof v === 'string' || typeof v === 'number' ? String(v) : value(v);
}

/** A left-hand expression: payload, meta, ct, fib, bitwise and... */
function expr(v: Json | undefined): string {
  if (!isObj(v)) return value(v);
  const p = v.payload;
  if (isObj(p)) return 'protocol' in p ? `${str(p.protocol)} ${str(p.field)}` : 'raw_payload';
  if (isObj(v.meta)) return `meta ${str(v.meta.key)}`;
  if (isObj(v.ct)) return `ct ${str(v.ct.key)}`;
  if (isObj(v.fib)) return `fib ${(Array.isArray(v.fib.flags) ? v.fib.flags : [v.fib.flags]).map(str).join(' . ')} ${str(v.fib.result)}`;
  if (Array.isArray(v['&'])) return `${expr(v['&'][0])} & ${value(v['&'][1])}`;
  if (Array.isArray(v.concat)) return v.concat.map(expr).join(' . ');
  if (isObj(v.socket)) return `socket ${str(v.socket.key)}`;
  return `unknown_${Object.keys(v)[0] ?? 'expression'}`;
}

function statement(s: Json | undefined): string {
  if (!isObj(s)) return 'unknown_statement';
  const [k, v] = Object.entries(s)[0] ?? ['', null];
  switch (k) {
    case 'match': {
      if (!isObj(v)) return 'unknown_match';
      const op = str(v.op);
      const shown = op === '==' || op === 'in' ? '' : ` ${op}`;
      return `${expr(v.left)}${shown} ${value(v.right)}`;
    }
    case 'accept':
    case 'drop':
    case 'return':
    case 'continue':
    case 'notrack':
      return k;
    case 'jump':
    case 'goto':
      return `${k} ${isObj(v) ? str(v.target) : ''}`;
    case 'reject': {
      if (!isObj(v)) return 'reject';
      const type = str(v.type);
      if (type === 'tcp reset') return 'reject with tcp reset';
      return v.expr !== undefined ? `reject with ${type || 'icmpx'} ${str(v.expr)}` : 'reject';
    }
    case 'counter':
      return 'counter';
    case 'log':
      return 'log';
    case 'limit': {
      if (!isObj(v)) return 'limit rate 1/second';
      return `limit rate ${v.inv === true ? 'over ' : ''}${str(v.rate)}/${str(v.per) || 'second'}`;
    }
    case 'vmap':
      return isObj(v) ? `${expr(v.key)} vmap ${typeof v.data === 'string' ? value(v.data) : value(v.data)}` : 'unknown_vmap';
    case 'redirect':
      return isObj(v) && v.port !== undefined ? `redirect to :${str(v.port)}` : 'redirect';
    case 'dnat': {
      if (!isObj(v)) return 'dnat';
      const fam = v.family ? `${str(v.family)} ` : '';
      const addr = str(v.addr);
      const port = v.port !== undefined ? `:${str(v.port)}` : '';
      return `dnat ${fam}to ${addr.includes(':') && port ? `[${addr}]` : addr}${port}`;
    }
    case 'snat':
    case 'masquerade':
      return 'masquerade';
    case 'queue':
      return 'queue';
    case 'mangle':
      return isObj(v) ? `${expr(v.key)} set ${value(v.value)}` : 'unknown_mangle';
    case 'xt':
      return isObj(v) ? `xt ${str(v.type)} ${quote(str(v.name))}` : 'xt match "unknown"';
    case 'set':
      return isObj(v) ? `${str(v.op)} ${str(v.set)} { ${expr(v.elem)} }` : 'unknown_set';
    default:
      return `unknown_${k}`;
  }
}

/** One object of the `nftables` array as one line of nft syntax (empty when it does not change the ruleset). */
function render(kind: string, o: { [k: string]: Json }): string {
  const fam = str(o.family);
  switch (kind) {
    case 'table':
      return `add table ${fam} ${quote(str(o.name))}`;
    case 'chain': {
      const head = `add chain ${fam} ${quote(str(o.table))} ${quote(str(o.name))}`;
      if (o.hook === undefined) return head;
      return `${head} { type ${str(o.type)} hook ${str(o.hook)}${o.dev !== undefined ? ` device ${quote(str(o.dev))}` : ''} priority ${str(o.prio)}; policy ${str(o.policy) || 'accept'}; }`;
    }
    case 'set':
    case 'map': {
      const type = Array.isArray(o.type) ? o.type.map(str).join(' . ') : str(o.type);
      const data = kind === 'map' ? ` : ${str(o.map)}` : '';
      const flagList = Array.isArray(o.flags) ? o.flags.map(str) : typeof o.flags === 'string' ? [o.flags] : [];
      const flags = flagList.length ? ` flags ${flagList.join(',')};` : '';
      const timeout = o.timeout !== undefined ? ' timeout 1s;' : '';
      const elems = Array.isArray(o.elem) && o.elem.length ? ` elements = { ${o.elem.map((e) => (kind === 'map' && Array.isArray(e) ? `${value(e[0])} : ${isObj(e[1]) ? statement(e[1]) : value(e[1])}` : value(isObj(e) && 'elem' in e && isObj(e.elem) ? e.elem.val : e))).join(', ')} };` : '';
      return `add ${kind} ${fam} ${quote(str(o.table))} ${quote(str(o.name))} { type ${type}${data};${flags}${timeout}${elems} }`;
    }
    case 'rule': {
      const exprs = Array.isArray(o.expr) ? o.expr.map(statement).join(' ') : '';
      const comment = o.comment !== undefined ? ` comment ${quote(str(o.comment))}` : '';
      return `add rule ${fam} ${quote(str(o.table))} ${quote(str(o.chain))} ${exprs}${comment}`;
    }
    default:
      return '';
  }
}

export function loadNftablesJson(file: { path: string; text: string }): { ruleset: Ruleset; diagnostics: FirewallDiagnostic[]; files: string[] } {
  const at = (line: number, column: number): Location => ({ file: file.path, range: { start: { line, column }, end: { line, column: column + 1 } } });
  let doc: Json;
  try {
    doc = JSON.parse(file.text) as Json;
  } catch (e) {
    const empty = lowerNftDocument(parseNftables('', { file: file.path }), { file: file.path, format: 'nftables-json' });
    return { ruleset: empty.ruleset, diagnostics: [{ severity: 'error', code: 'nft-json-invalid', message: `not valid JSON: ${(e as Error).message}`, location: at(1, 1) }], files: [file.path] };
  }
  const items = isObj(doc) && Array.isArray(doc.nftables) ? doc.nftables : [];
  // Where each top-level object starts in the text: nft prints `{"<kind>": {"family": …`.
  const starts: Location[] = [];
  const lines: string[] = [];
  const finder = /\{\s*"([\w ]+)"\s*:\s*\{\s*"(?:family|version)"/g;
  const lineStarts = [0];
  for (let i = 0; i < file.text.length; i++) if (file.text[i] === '\n') lineStarts.push(i + 1);
  const position = (offset: number): Location => {
    let line = 0;
    while (line + 1 < lineStarts.length && (lineStarts[line + 1] ?? Infinity) <= offset) line++;
    return at(line + 1, offset - (lineStarts[line] ?? 0) + 1);
  };
  for (const item of items) {
    if (!isObj(item)) continue;
    const [kind, body] = Object.entries(item)[0] ?? ['', null];
    let loc = at(1, 1);
    for (let m = finder.exec(file.text); m; m = finder.exec(file.text)) {
      if (m[1] === kind) {
        loc = position(m.index);
        break;
      }
    }
    if (!isObj(body)) continue;
    const line = render(kind, body);
    if (!line) continue;
    lines.push(line);
    starts.push(loc);
  }
  const text = lines.join('\n') + '\n';
  const lowered = lowerNftDocument(parseNftables(text, { file: file.path }), { file: file.path, format: 'nftables-json' });
  const remap = (l: Location): Location => starts[l.range.start.line - 1] ?? at(1, 1);
  const chains = new Map<string, Chain>();
  for (const [id, c] of lowered.ruleset.chains) {
    const rules: Rule[] = c.rules.map((r) => ({ ...r, location: remap(r.location), matches: r.matches.map((m) => (m.location ? { ...m, location: remap(m.location) } : m)) }));
    chains.set(id, { ...c, rules, ...(c.location ? { location: remap(c.location) } : {}) });
  }
  const ruleset: Ruleset = { ...lowered.ruleset, chains, baseChains: lowered.ruleset.baseChains.map((b) => (b.policyLocation ? { ...b, policyLocation: remap(b.policyLocation) } : b)) };
  return { ruleset, diagnostics: lowered.diagnostics.map((d) => ({ ...d, location: remap(d.location) })), files: [file.path] };
}
