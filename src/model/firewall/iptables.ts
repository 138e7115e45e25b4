import { parseIptablesSave } from '../../parsers/iptables/save.js';
import type { IptablesDocument, IptablesSink, IptChainDecl, IptCommand, IptProblem, IptTable } from '../../parsers/iptables/save.js';
import { parseRuleSpec } from '../../parsers/iptables/rule.js';
import { tokenizeLine } from '../../parsers/iptables/tokenize.js';
import type { RuleOption, RuleSpec } from '../../parsers/iptables/rule.js';
import { recordLookup, targetSpec } from '../../parsers/iptables/extensions.js';
import type { Token } from '../../parsers/iptables/tokenize.js';
import type { Location, Range } from '../position.js';
import type { SourceFormat } from '../source.js';
import { parseAddress } from './addresses.js';
import { interfacePattern, lowerMatch, networks, optionLocation, parsePortSpec, PROTOCOLS, sourceText } from './iptables-matches.js';
import type { LowerEnv } from './iptables-matches.js';
import type { Action, BaseChain, Chain, Family, FirewallDiagnostic, Hook, Match, RejectType, Rule, Ruleset } from './types.js';

/** iptables tables → model base chains: the table's hooks and priorities (nft's names for the same numbers). */
const BUILTIN: Readonly<Record<string, readonly { chain: string; hook: Hook; priority: number }[]>> = {
  raw: [
    { chain: 'PREROUTING', hook: 'prerouting', priority: -300 },
    { chain: 'OUTPUT', hook: 'output', priority: -300 },
  ],
  mangle: [
    { chain: 'PREROUTING', hook: 'prerouting', priority: -150 },
    { chain: 'INPUT', hook: 'input', priority: -150 },
    { chain: 'FORWARD', hook: 'forward', priority: -150 },
    { chain: 'OUTPUT', hook: 'output', priority: -150 },
    { chain: 'POSTROUTING', hook: 'postrouting', priority: -150 },
  ],
  nat: [
    { chain: 'PREROUTING', hook: 'prerouting', priority: -100 },
    { chain: 'INPUT', hook: 'input', priority: 100 },
    { chain: 'OUTPUT', hook: 'output', priority: -100 },
    { chain: 'POSTROUTING', hook: 'postrouting', priority: 100 },
  ],
  filter: [
    { chain: 'INPUT', hook: 'input', priority: 0 },
    { chain: 'FORWARD', hook: 'forward', priority: 0 },
    { chain: 'OUTPUT', hook: 'output', priority: 0 },
  ],
  security: [
    { chain: 'INPUT', hook: 'input', priority: 50 },
    { chain: 'FORWARD', hook: 'forward', priority: 50 },
    { chain: 'OUTPUT', hook: 'output', priority: 50 },
  ],
};

const CONTINUE_TARGETS = new Set([
  'LOG', 'ULOG', 'NFLOG', 'MARK', 'CONNMARK', 'TCPMSS', 'TOS', 'DSCP', 'TTL', 'HL', 'CLASSIFY', 'SET', 'AUDIT', 'TRACE', 'CHECKSUM',
  'SECMARK', 'CONNSECMARK', 'IDLETIMER', 'LED', 'ECN', 'TEE', 'CLUSTERIP',
]);
const protocolNumber = recordLookup(PROTOCOLS);
const NAT_ONLY = new Set(['DNAT', 'SNAT', 'MASQUERADE', 'REDIRECT', 'NETMAP']);
const REJECT_V4: Readonly<Record<string, RejectType>> = {
  'icmp-net-unreachable': 'icmp-net-unreachable', 'net-unreach': 'icmp-net-unreachable',
  'icmp-host-unreachable': 'icmp-host-unreachable', 'host-unreach': 'icmp-host-unreachable',
  'icmp-proto-unreachable': 'icmp-proto-unreachable', 'proto-unreach': 'icmp-proto-unreachable',
  'icmp-port-unreachable': 'icmp-port-unreachable', 'port-unreach': 'icmp-port-unreachable',
  'icmp-net-prohibited': 'icmp-net-prohibited', 'net-prohib': 'icmp-net-prohibited',
  'icmp-host-prohibited': 'icmp-host-prohibited', 'host-prohib': 'icmp-host-prohibited',
  'icmp-admin-prohibited': 'icmp-admin-prohibited', 'admin-prohib': 'icmp-admin-prohibited',
  'tcp-reset': 'tcp-reset', 'tcp-rst': 'tcp-reset',
};
const REJECT_V6: Readonly<Record<string, RejectType>> = {
  'icmp6-no-route': 'icmp6-no-route', 'no-route': 'icmp6-no-route',
  'icmp6-adm-prohibited': 'icmp6-adm-prohibited', 'adm-prohibited': 'icmp6-adm-prohibited',
  'icmp6-addr-unreachable': 'icmp6-addr-unreachable', 'addr-unreach': 'icmp6-addr-unreachable',
  'icmp6-port-unreachable': 'icmp6-port-unreachable', 'port-unreach': 'icmp6-port-unreachable',
  'icmp6-policy-fail': 'icmp6-policy-fail', 'policy-fail': 'icmp6-policy-fail',
  'icmp6-reject-route': 'icmp6-reject-route', 'reject-route': 'icmp6-reject-route',
  'tcp-reset': 'tcp-reset',
};

interface ChainDraft {
  name: string;
  builtin: boolean;
  /** The hook of a built-in chain (looked up once, not per rule). */
  hook?: Hook;
  /** The jump/goto actions to this chain, shared by the rules that use them (cleared on rename). */
  jump?: Action;
  goto?: Action;
  policy: 'accept' | 'drop';
  policyLocation?: Location;
  location?: Location;
  rules: Rule[];
}

export interface IptablesLowering {
  readonly ruleset: Ruleset;
  readonly diagnostics: FirewallDiagnostic[];
}

function loc(file: string, range: Range): Location {
  return { file, range };
}

function tokLoc(file: string, t: Token): Location {
  return { file, range: { start: { line: t.line, column: t.start }, end: { line: t.line, column: t.end } } };
}

/** Lower a parsed iptables-save/restore document for one family to a Ruleset, validating what the kernel would refuse. */
export function lowerIptables(doc: IptablesDocument, options: { file: string; family: Family; format?: SourceFormat }): IptablesLowering {
  const l = createIptablesLowering(options);
  for (const t of doc.tables) {
    l.table(t);
    for (const d of t.chains) l.chain(t, d);
    for (const c of t.commands) l.command(t, c);
  }
  return l.finish(doc.problems);
}

/** Parse and lower in one pass, line by line as iptables-restore reads the file. */
export function loadIptablesText(text: string, options: { file: string; family: Family; format?: SourceFormat }): IptablesLowering {
  const l = createIptablesLowering(options);
  const doc = parseIptablesSave(text, l);
  return l.finish(doc.problems);
}

function createIptablesLowering(options: { file: string; family: Family; format?: SourceFormat }): IptablesSink & { finish(problems: readonly IptProblem[]): IptablesLowering } {
  const { file, family } = options;
  const diagnostics: FirewallDiagnostic[] = [];
  const diag = (severity: 'error' | 'warning', code: string, message: string, location: Location): void => {
    diagnostics.push({ severity, code, message, location });
  };
  const tables = new Map<string, Map<string, ChainDraft>>();
  let current: Map<string, ChainDraft> | undefined;

  function table(t: IptTable): void {
    const tname = t.name.value;
    const builtins = BUILTIN[tname];
    if (!builtins) {
      current = undefined;
      return;
    }
    const chains = new Map<string, ChainDraft>();
    tables.set(tname, chains);
    current = chains;
    for (const b of builtins) chains.set(b.chain, { name: b.chain, builtin: true, hook: b.hook, policy: 'accept', rules: [] });
  }

  function chain(_t: IptTable, d: IptChainDecl): void {
    const chains = current;
    if (!chains) return;
    const name = d.name.value;
    const where = loc(file, d.range);
    const existing = chains.get(name);
    if (existing?.builtin) {
      const p = d.policy.value;
      if (p === 'ACCEPT' || p === 'DROP') {
        existing.policy = p === 'ACCEPT' ? 'accept' : 'drop';
        existing.policyLocation = where;
      } else diag('error', 'bad-policy', `bad built-in chain policy "${p}": only ACCEPT and DROP are allowed`, tokLoc(file, d.policy));
      existing.location = where;
      return;
    }
    if (!validChainName(name)) {
      diag('error', 'bad-chain-name', `invalid chain name "${name}"`, tokLoc(file, d.name));
      return;
    }
    if (d.policy.value !== '-') diag('warning', 'user-chain-policy', `user-defined chain "${name}" cannot have a policy ("${d.policy.value}" is ignored; write "-")`, tokLoc(file, d.policy));
    chains.set(name, { name, builtin: false, policy: 'accept', location: where, rules: [] });
  }

  function command(t: IptTable, cmd: IptCommand): void {
    if (current) applyCommand(cmd, t.name.value, current);
  }

  function applyCommand(cmd: IptCommand, tname: string, chains: Map<string, ChainDraft>): void {
    const where = loc(file, cmd.range);
    const chainTok = cmd.chain;
    if (cmd.spec?.onlyFamily !== undefined && cmd.spec.onlyFamily !== family) return; // `-6` line in an IPv4 file: skipped by the loader
    switch (cmd.kind) {
      case 'new-chain': {
        if (!chainTok) return;
        if (chains.has(chainTok.value)) diag('error', 'chain-exists', `chain "${chainTok.value}" already exists`, where);
        else if (!validChainName(chainTok.value)) diag('error', 'bad-chain-name', `invalid chain name "${chainTok.value}"`, tokLoc(file, chainTok));
        else chains.set(chainTok.value, { name: chainTok.value, builtin: false, policy: 'accept', location: where, rules: [] });
        return;
      }
      case 'delete-chain': {
        if (!chainTok) {
          for (const [k, c] of chains) if (!c.builtin) chains.delete(k);
          return;
        }
        const c = chains.get(chainTok.value);
        if (!c || c.builtin) diag('error', 'unknown-chain', `cannot delete chain "${chainTok.value}"`, where);
        else chains.delete(chainTok.value);
        return;
      }
      case 'flush': {
        if (!chainTok) {
          for (const c of chains.values()) c.rules = [];
          return;
        }
        const c = chains.get(chainTok.value);
        if (!c) diag('error', 'unknown-chain', `no chain "${chainTok.value}" in table ${tname}`, where);
        else c.rules = [];
        return;
      }
      case 'zero':
        return;
      case 'rename-chain': {
        const c = chainTok ? chains.get(chainTok.value) : undefined;
        if (!c || c.builtin || !cmd.arg) {
          diag('error', 'unknown-chain', `cannot rename chain "${chainTok?.value ?? ''}"`, where);
          return;
        }
        chains.delete(c.name);
        c.name = cmd.arg.value;
        delete c.jump;
        delete c.goto;
        chains.set(c.name, c);
        return;
      }
      case 'policy': {
        const c = chainTok ? chains.get(chainTok.value) : undefined;
        if (!c || !c.builtin) {
          diag('error', 'bad-policy', `"${chainTok?.value ?? ''}" is not a built-in chain of table ${tname}: only built-in chains have a policy`, where);
          return;
        }
        const p = cmd.arg?.value;
        if (p !== 'ACCEPT' && p !== 'DROP') {
          diag('error', 'bad-policy', `bad built-in chain policy "${p ?? ''}": only ACCEPT and DROP are allowed`, where);
          return;
        }
        c.policy = p === 'ACCEPT' ? 'accept' : 'drop';
        c.policyLocation = where;
        return;
      }
      case 'append':
      case 'insert':
      case 'replace':
      case 'delete': {
        if (!chainTok) return;
        const c = chains.get(chainTok.value);
        if (!c) {
          diag('error', 'unknown-chain', `no chain "${chainTok.value}" in table ${tname}: iptables-restore fails on this line`, where);
          return;
        }
        const index = cmd.index ? Number(cmd.index.value) : undefined;
        if (cmd.kind === 'delete') {
          if (index !== undefined) {
            if (index < 1 || index > c.rules.length) diag('error', 'bad-index', `no rule number ${index} in chain ${c.name}`, where);
            else c.rules.splice(index - 1, 1);
          } else {
            const key = specKey(cmd.spec);
            const at = c.rules.findIndex((r) => specKey(specOfText(r.text)) === key);
            if (at < 0) diag('error', 'no-such-rule', 'no rule matches this -D line (iptables: "Bad rule (does a matching rule exist in that chain?)")', where);
            else c.rules.splice(at, 1);
          }
          return;
        }
        const rule = lowerRule(cmd, tname, c, chains);
        if (!rule) return;
        if (cmd.kind === 'append') c.rules.push(rule);
        else if (cmd.kind === 'insert') {
          const at = index ?? 1;
          if (at < 1 || at > c.rules.length + 1) {
            diag('error', 'bad-index', `index of insertion too big: chain ${c.name} has ${c.rules.length} rule(s)`, where);
            return;
          }
          c.rules.splice(at - 1, 0, rule);
        } else {
          const at = index ?? 0;
          if (at < 1 || at > c.rules.length) {
            diag('error', 'bad-index', `no rule number ${at} in chain ${c.name} to replace`, where);
            return;
          }
          c.rules[at - 1] = rule;
        }
        return;
      }
    }
  }

  function lowerRule(cmd: IptCommand, tname: string, chain: ChainDraft, chains: Map<string, ChainDraft>): Rule | undefined {
    const spec = cmd.spec;
    if (!spec) return undefined;
    const problems: LowerEnv['problems'] = [];
    const env: LowerEnv = { family, file, problems, lineText: cmd.text, lineColumn: cmd.range.start.column };
    const matches: Match[] = [];
    let protocol: { value: string; negated: boolean } | undefined;
    const hook = chain.builtin ? chain.hook : undefined;
    for (const o of spec.core) {
      const value = o.args[0]?.value ?? '';
      switch (o.name) {
        case 'protocol': {
          const v = value.toLowerCase();
          const num = protocolNumber(v) ?? (/^\d+$/.test(v) && Number(v) <= 255 ? Number(v) : undefined);
          if (num === undefined) {
            problems.push({ severity: 'error', code: 'unknown-protocol', message: `unknown protocol "${value}"`, option: o });
            break;
          }
          if (family === 4 && num === 58) problems.push({ severity: 'warning', code: 'wrong-family', message: 'ipv6-icmp in an IPv4 ruleset never matches', option: o });
          protocol = { value: num === 6 ? 'tcp' : num === 17 ? 'udp' : v, negated: o.negated };
          if (num !== 0 || o.negated) matches.push({ kind: 'protocol', protocols: num === 0 ? [] : [num], negated: o.negated && num !== 0, text: sourceText(env, o), location: optionLocation(env, o) });
          break;
        }
        case 'source':
        case 'destination': {
          const nets = networks(env, o, value);
          if (nets) matches.push({ kind: o.name === 'source' ? 'saddr' : 'daddr', networks: nets, negated: o.negated, text: sourceText(env, o), location: optionLocation(env, o) });
          else if (problems.some((p) => p.option === o && p.code === 'hostname')) {
            matches.push({ kind: 'opaque', module: 'hostname', key: `host:${value}`, negated: o.negated, text: sourceText(env, o), location: optionLocation(env, o) });
          }
          break;
        }
        case 'in-interface':
        case 'out-interface': {
          if (o.name === 'out-interface' && (hook === 'input' || hook === 'prerouting')) {
            problems.push({ severity: 'error', code: 'bad-interface', message: `can't use -o with ${chain.name}: packets in this chain have no output interface`, option: o });
            break;
          }
          if (o.name === 'in-interface' && (hook === 'output' || hook === 'postrouting')) {
            problems.push({ severity: 'error', code: 'bad-interface', message: `can't use -i with ${chain.name}`, option: o });
            break;
          }
          const p = interfacePattern(env, o, value);
          if (p) matches.push({ kind: o.name === 'in-interface' ? 'iif' : 'oif', interfaces: [p], negated: o.negated, text: sourceText(env, o), location: optionLocation(env, o) });
          break;
        }
        case 'fragment':
          if (family === 6) problems.push({ severity: 'error', code: 'unknown-option', message: 'ip6tables has no -f option (use -m frag)', option: o });
          else matches.push({ kind: 'fragment', negated: o.negated, text: sourceText(env, o), location: optionLocation(env, o) });
          break;
      }
    }
    const proto = protocol;
    const hasProto = (names: readonly string[]): boolean => protocolIs(proto, names);
    for (const m of spec.matches) lowerMatch(env, m, matches, hasProto);
    const comment = spec.matches.find((m) => m.name === 'comment')?.options.find((o) => o.name === 'comment')?.args[0]?.value;

    let action: Action = { kind: 'continue', what: 'no target' };
    const target = spec.target;
    if (target) {
      const name = target.name.value;
      // Built only when a diagnostic needs it.
      const tl = (): Location => tokLoc(file, target.name);
      const opt = (n: string): RuleOption | undefined => findOption(target.options, n);
      const ext = targetSpec(name);
      let jumpTo: ChainDraft | undefined;
      if (name === 'ACCEPT' || name === 'DROP' || name === 'RETURN' || name === 'QUEUE') {
        action = name === 'ACCEPT' ? { kind: 'accept' } : name === 'DROP' ? { kind: 'drop' } : name === 'RETURN' ? { kind: 'return' } : { kind: 'queue' };
        if (target.kind === 'goto') diag('error', 'bad-goto', `-g needs a user-defined chain, not ${name}`, tl());
      } else if (!ext && (jumpTo = chains.get(name)) !== undefined) {
        const c = jumpTo;
        if (c.builtin) diag('error', 'jump-to-builtin', `cannot jump to built-in chain ${name}`, tl());
        action = target.kind === 'jump' ? (c.jump ??= { kind: 'jump', chain: `${tname}/${name}` }) : (c.goto ??= { kind: 'goto', chain: `${tname}/${name}` });
      } else if (ext) {
        if (NAT_ONLY.has(name) && tname !== 'nat') diag('error', 'wrong-table', `the ${name} target is only valid in the nat table`, tl());
        if ((name === 'CT' || name === 'NOTRACK') && tname !== 'raw') diag('error', 'wrong-table', `the ${name} target is only valid in the raw table`, tl());
        if (name === 'REJECT') {
          if (tname === 'nat' || hook === 'prerouting' || hook === 'postrouting') diag('error', 'wrong-chain', 'REJECT is only valid in the INPUT, FORWARD and OUTPUT chains', tl());
          const w = opt('reject-with');
          const table = family === 4 ? REJECT_V4 : REJECT_V6;
          let type: RejectType = family === 4 ? 'icmp-port-unreachable' : 'icmp6-port-unreachable';
          if (w) {
            const v = w.args[0]?.value ?? '';
            const t = table[v];
            if (!t) diag('error', 'bad-reject', `unknown reject type "${v}" for IPv${family}`, optionLocation(env, w));
            else type = t;
            if (t === 'tcp-reset' && !hasProto(['tcp'])) {
              diag('error', 'reset-needs-tcp', '"--reject-with tcp-reset" needs "-p tcp" in the same rule; the kernel refuses the rule', optionLocation(env, w));
            }
          }
          action = { kind: 'reject', with: type };
        } else if (name === 'REDIRECT') {
          const p = opt('to-ports');
          const r = p ? parsePortSpec((p.args[0]?.value ?? '').replace('-', ':')) : undefined;
          if (typeof r === 'string' && p) diag('error', 'invalid-value', r, optionLocation(env, p));
          action = r && typeof r !== 'string' ? { kind: 'redirect', toPorts: r } : { kind: 'redirect' };
        } else if (name === 'DNAT') {
          const p = opt('to-destination');
          action = p ? parseDnat(p.args[0]?.value ?? '', family) : { kind: 'dnat' };
          if (!p) diag('error', 'missing-option', 'DNAT needs --to-destination', tl());
        } else if (name === 'SNAT' || name === 'MASQUERADE' || name === 'NETMAP') {
          action = { kind: 'snat' };
        } else if (name === 'NOTRACK' || (name === 'CT' && opt('notrack'))) {
          action = { kind: 'notrack' };
        } else if (name === 'NFQUEUE' || name === 'TPROXY' || name === 'SYNPROXY') {
          action = { kind: 'queue' };
        } else if (name === 'MIRROR') {
          action = { kind: 'drop' };
        } else if (CONTINUE_TARGETS.has(name) || name === 'CT') {
          action = { kind: 'continue', what: name };
        }
      } else {
        diag('error', 'unknown-target', `no chain or target "${name}" in table ${tname} (at this line): iptables-restore fails here`, tl());
        return undefined;
      }
    }
    let refused = false;
    for (const p of problems) {
      diag(p.severity, p.code, p.message, optionLocation(env, p.option));
      if (p.severity === 'error') refused = true;
    }
    if (refused) return undefined;
    // The chain id and index are set in finish(), once the rule's final place is known. One literal per
    // shape (not a property added afterwards, which would give every rule a separate property store).
    const location = loc(file, cmd.range);
    if (comment !== undefined) return { chain: '', index: 0, text: cmd.text, location, matches: matches.slice(), action, comment };
    return { chain: '', index: 0, text: cmd.text, location, matches: matches.slice(), action };
  }

  function finish(problems: readonly IptProblem[]): IptablesLowering {
    const chains = new Map<string, Chain>();
    const baseChains: BaseChain[] = [];
    for (const [tname, drafts] of tables) {
      for (const d of drafts.values()) {
        const id = `${tname}/${d.name}`;
        // Rules are built once; their final position is known only now (after -I/-D/-R).
        for (let i = 0; i < d.rules.length; i++) {
          const r = d.rules[i] as { index: number; chain: string };
          r.index = i + 1;
          r.chain = id;
        }
        const rules = d.rules.slice();
        chains.set(id, d.location ? { id, name: d.name, table: tname, rules, location: d.location } : { id, name: d.name, table: tname, rules });
        const b = d.builtin ? BUILTIN[tname]?.find((x) => x.chain === d.name) : undefined;
        if (b) baseChains.push({ chain: id, hook: b.hook, priority: b.priority, type: tname === 'nat' ? 'nat' : 'filter', policy: d.policy, ...(d.policyLocation ? { policyLocation: d.policyLocation } : {}), families: [family] });
      }
    }
    const all = [...problems.map((p): FirewallDiagnostic => ({ severity: p.severity, code: p.code, message: p.message, location: loc(file, p.range) })), ...diagnostics];
    return {
      ruleset: { file, format: options.format ?? 'iptables-save', families: [family], chains, baseChains, fidelity: 'exact', backend: 'iptables' },
      diagnostics: all,
    };
  }

  return { table, chain, command, finish };
}

function findOption(options: readonly RuleOption[], name: string): RuleOption | undefined {
  for (const o of options) if (o.name === name) return o;
  return undefined;
}

/** The rule's `-p` (not negated) is one of `names` (names or numbers). */
function protocolIs(protocol: { value: string; negated: boolean } | undefined, names: readonly string[]): boolean {
  if (protocol === undefined || protocol.negated) return false;
  return names.includes(protocol.value) || names.some((n) => PROTOCOLS[n] !== undefined && String(PROTOCOLS[n]) === protocol.value);
}

function validChainName(name: string): boolean {
  return name.length > 0 && name.length <= 28 && !name.startsWith('-') && !name.startsWith('!') && !/\s/.test(name);
}

function optionTextOf(o: RuleOption): string {
  const name = o.name.length === 1 ? `-${o.name}` : `--${o.name}`;
  return [...(o.negated ? ['!'] : []), name, ...o.args.map((a) => a.value)].join(' ');
}

function specKey(spec: RuleSpec | undefined): string {
  if (!spec) return '';
  const parts: string[] = [];
  for (const o of spec.core) parts.push(optionTextOf(o));
  for (const m of spec.matches) for (const o of m.options) parts.push(optionTextOf(o));
  if (spec.target) parts.push(spec.target.name.value, ...spec.target.options.map(optionTextOf));
  return parts.sort().join(' ');
}

/** The options of a rule again from its text (only `-D <spec>` needs them, rarely): "-A CHAIN" dropped. */
function specOfText(text: string): RuleSpec {
  return parseRuleSpec(tokenizeLine(text, 0).tokens.slice(2), []);
}

function parseDnat(text: string, family: Family): Action {
  let addr = text;
  let port: string | undefined;
  const v6 = text.charCodeAt(0) === 91 ? /^\[([^\]]+)\](?::(.+))?$/.exec(text) : null;
  if (v6) {
    addr = v6[1] ?? '';
    port = v6[2];
  } else if (family === 4 && text.includes(':')) {
    [addr, port] = [text.slice(0, text.indexOf(':')), text.slice(text.indexOf(':') + 1)];
  }
  const r = port !== undefined ? parsePortSpec(port.replace('-', ':')) : undefined;
  const toPorts = r && typeof r !== 'string' ? r : undefined;
  const dash = addr.indexOf('-');
  const first = dash < 0 ? addr : addr.slice(0, dash);
  const addrOk = addr !== '' && parseAddress(first) !== undefined;
  if (addrOk) return toPorts ? { kind: 'dnat', toAddress: first, toPorts } : { kind: 'dnat', toAddress: first };
  return toPorts ? { kind: 'dnat', toPorts } : { kind: 'dnat' };
}
