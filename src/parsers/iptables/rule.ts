import { matchSpec, recordLookup, targetSpec } from './extensions.js';
import type { ExtensionSpec } from './extensions.js';
import type { Token } from './tokenize.js';

/** One option of a rule with its arguments: `! --dport 22`, `-s 10.0.0.0/8`, `--reject-with tcp-reset`. */
export interface RuleOption {
  /** '' for core options (-p, -s, -d, -i, -o, -f), else the match or target extension that owns it. */
  readonly owner: string;
  /** Canonical long name without dashes: protocol, source, dport, ctstate... */
  readonly name: string;
  readonly negated: boolean;
  readonly args: readonly Token[];
  /** First token (the `!` when negated) and last token, for locations. */
  readonly first: Token;
  readonly last: Token;
}

export interface MatchSpec {
  readonly name: string;
  /** The `-m NAME` token; undefined for an implicitly loaded protocol match (`-p tcp --dport 22`). */
  readonly token?: Token;
  readonly options: RuleOption[];
  /** An extension sshlint does not know: options were attributed to it greedily. */
  readonly unknown: boolean;
}

export interface TargetSpec {
  readonly kind: 'jump' | 'goto';
  readonly name: Token;
  readonly options: RuleOption[];
  readonly unknown: boolean;
}

export interface RuleSpec {
  readonly core: RuleOption[];
  readonly matches: MatchSpec[];
  readonly target?: TargetSpec;
  /** `-4` / `-6`: the line only applies to that family. */
  readonly onlyFamily?: 4 | 6;
}

export interface SpecProblem {
  readonly severity: 'error' | 'warning';
  readonly code: string;
  readonly message: string;
  readonly token: Token;
  readonly endToken?: Token;
}

const CORE: Readonly<Record<string, { name: string; arity: number }>> = {
  p: { name: 'protocol', arity: 1 },
  protocol: { name: 'protocol', arity: 1 },
  s: { name: 'source', arity: 1 },
  source: { name: 'source', arity: 1 },
  src: { name: 'source', arity: 1 },
  d: { name: 'destination', arity: 1 },
  destination: { name: 'destination', arity: 1 },
  dst: { name: 'destination', arity: 1 },
  i: { name: 'in-interface', arity: 1 },
  'in-interface': { name: 'in-interface', arity: 1 },
  o: { name: 'out-interface', arity: 1 },
  'out-interface': { name: 'out-interface', arity: 1 },
  f: { name: 'fragment', arity: 0 },
  fragment: { name: 'fragment', arity: 0 },
  c: { name: 'set-counters', arity: 2 },
  'set-counters': { name: 'set-counters', arity: 2 },
};

/** Protocol → the match extension `-p NAME` loads implicitly when one of its options appears. */
const IMPLICIT: Readonly<Record<string, string>> = { tcp: 'tcp', '6': 'tcp', udp: 'udp', '17': 'udp', icmp: 'icmp', '1': 'icmp', 'ipv6-icmp': 'icmp6', icmpv6: 'icmp6', '58': 'icmp6', sctp: 'sctp', udplite: 'udplite', dccp: 'dccp' };

const implicitMatch = recordLookup(IMPLICIT);

interface Found {
  readonly name: string;
  readonly arity: number;
}

/** Exact-name lookups, remembered per extension (the same few options repeat on every line of a dump). */
const FOUND = new Map<ExtensionSpec, Map<string, Found | null>>();

function lookup(spec: ExtensionSpec, name: string): Found | undefined {
  let memo = FOUND.get(spec);
  if (!memo) FOUND.set(spec, (memo = new Map<string, Found | null>()));
  let hit = memo.get(name);
  if (hit === undefined) {
    const canonical = spec.aliases?.[name] ?? name;
    const arity = spec.options[canonical];
    hit = arity === undefined ? null : { name: canonical, arity };
    // Bounded: names come from input text.
    if (memo.size < 256) memo.set(name, hit);
  }
  return hit ?? undefined;
}

function lookupPrefix(spec: ExtensionSpec, name: string): { name: string; arity: number } | undefined {
  const hits = new Set<string>();
  for (const n of [...Object.keys(spec.options), ...Object.keys(spec.aliases ?? {})]) if (n.startsWith(name)) hits.add(spec.aliases?.[n] ?? n);
  if (hits.size !== 1) return undefined;
  const canonical = [...hits][0] as string;
  const arity = spec.options[canonical];
  return arity === undefined ? undefined : { name: canonical, arity };
}

/** Option words seen so far → their names without dashes (not re-sliced for every word of every line). */
const OPTION_NAMES = new Map<string, string>();

function optionName(t: Token): string | undefined {
  if (t.quoted || t.value.charCodeAt(0) !== 45) return undefined;
  const known = OPTION_NAMES.get(t.value);
  if (known !== undefined) return known;
  let name: string | undefined;
  if (t.value.startsWith('--') && t.value.length > 2) name = t.value.slice(2);
  else if (t.value.length === 2) name = t.value.slice(1);
  if (name !== undefined && OPTION_NAMES.size < 1024) OPTION_NAMES.set(t.value, name);
  return name;
}

/** Parse the words after `-A CHAIN` (`tokens` from index `from`) into options grouped by owner. Never throws. */
export function parseRuleSpec(tokens: readonly Token[], problems: SpecProblem[], from = 0): RuleSpec {
  const core: RuleOption[] = [];
  const matches: MatchSpec[] = [];
  let target: { kind: 'jump' | 'goto'; name: Token; options: RuleOption[]; unknown: boolean } | undefined;
  let onlyFamily: 4 | 6 | undefined;
  let bang: Token | undefined;
  let protocol: string | undefined;
  let i = from;

  const take = (n: number, after: Token): { args: Token[]; negated: boolean } => {
    const args: Token[] = [];
    let negated = false;
    for (let k = 0; k < n; k++) {
      let t = tokens[i];
      if (t && t.value === '!' && !t.quoted && k === 0) {
        problems.push({ severity: 'warning', code: 'intrapositioned-negation', message: 'negation after the option ("--opt ! value") is deprecated; write "! --opt value"', token: t });
        negated = true;
        i++;
        t = tokens[i];
      }
      if (!t) {
        problems.push({ severity: 'error', code: 'missing-argument', message: `option "${after.value}" requires ${n === 1 ? 'an argument' : `${n} arguments`}`, token: after });
        break;
      }
      args.push(t);
      i++;
    }
    return { args, negated };
  };

  while (i < tokens.length) {
    const t = tokens[i] as Token;
    if (t.value === '!' && !t.quoted) {
      if (bang) problems.push({ severity: 'error', code: 'double-negation', message: 'multiple "!" flags not allowed', token: t });
      bang = t;
      i++;
      continue;
    }
    const name = optionName(t);
    if (name === undefined) {
      problems.push({ severity: 'error', code: 'bad-argument', message: `Bad argument "${t.value}"`, token: t });
      i++;
      continue;
    }
    i++;
    const first = bang ?? t;
    const neg = bang !== undefined;
    bang = undefined;
    if (name === 'm' || name === 'match') {
      const { args } = take(1, t);
      const m = args[0];
      if (!m) continue;
      if (neg) problems.push({ severity: 'error', code: 'bad-negation', message: 'unexpected "!" before -m', token: first });
      const known = matchSpec(m.value) !== undefined;
      if (!known) problems.push({ severity: 'warning', code: 'unknown-match', message: `unknown match extension "${m.value}": sshlint cannot evaluate it, and iptables refuses the rule if the module is missing`, token: m });
      matches.push({ name: m.value, token: m, options: [], unknown: !known });
      continue;
    }
    if (name === 'j' || name === 'jump' || name === 'g' || name === 'goto') {
      const { args } = take(1, t);
      const tn = args[0];
      if (!tn) continue;
      if (target) problems.push({ severity: 'error', code: 'multiple-targets', message: 'multiple -j/-g flags not allowed', token: t });
      const kind = name === 'g' || name === 'goto' ? 'goto' : 'jump';
      target = { kind, name: tn, options: [], unknown: false };
      continue;
    }
    if (name === '4' || name === 'ipv4' || name === '6' || name === 'ipv6') {
      onlyFamily = name === '4' || name === 'ipv4' ? 4 : 6;
      continue;
    }
    if (name === 'w' || name === 'wait') {
      if (tokens[i] && /^\d+(\.\d+)?$/.test(tokens[i]?.value ?? '')) i++;
      continue;
    }
    if (name === 'v' || name === 'verbose' || name === 'n' || name === 'numeric' || name === 'x' || name === 'exact') continue;
    const c = CORE[name];
    if (c) {
      const { args, negated } = take(c.arity, t);
      const last = args[args.length - 1] ?? t;
      if (c.name === 'protocol') protocol = args[0]?.value.toLowerCase();
      if (core.some((x) => x.name === c.name)) problems.push({ severity: 'error', code: 'duplicate-option', message: `multiple ${t.value} flags are not allowed`, token: t });
      if (c.name !== 'set-counters') core.push({ owner: '', name: c.name, negated: neg || negated, args, first, last });
      continue;
    }
    // Extension options: the target first, then loaded matches, latest first (the kernel accepts
    // `-m multiport --dports 1 -m multiport --dports 2`), then the implicit protocol match.
    let owner: { options: RuleOption[]; label: string } | undefined;
    let found: { name: string; arity: number } | undefined;
    // Exact names first, then getopt_long's unambiguous abbreviations (`--dport` after `-m multiport` means --dports).
    for (let pass = 0; pass < 2 && !owner; pass++) {
      if (pass === 1 && name.length < 2) break;
      const find = pass === 0 ? lookup : lookupPrefix;
      const tspec = target ? targetSpec(target.name.value) : undefined;
      const tf = target && tspec ? find(tspec, name) : undefined;
      if (target && tspec && tf) {
        const tg = target;
        found = tf;
        owner = { options: tg.options, label: tg.name.value };
        break;
      }
      for (let k = matches.length - 1; k >= 0; k--) {
        const m = matches[k] as MatchSpec;
        const spec = matchSpec(m.name);
        const f = spec ? find(spec, name) : undefined;
        if (spec && f) {
          found = f;
          owner = { options: m.options, label: m.name };
          break;
        }
      }
    }
    if (!owner && protocol !== undefined) {
      const implicit = implicitMatch(protocol);
      const spec = implicit ? matchSpec(implicit) : undefined;
      const f = spec ? lookup(spec, name) : undefined;
      if (implicit && f) {
        let m = matches.find((x) => x.name === implicit);
        if (!m) {
          m = { name: implicit, options: [], unknown: false };
          matches.push(m);
        }
        const mm = m;
        found = f;
        owner = { options: mm.options, label: implicit };
      }
    }
    if (!owner && target && targetSpec(target.name.value) === undefined) {
      const tg = target;
      tg.unknown = true;
      owner = { options: tg.options, label: tg.name.value };
    }
    if (!owner) {
      const unknownMatch = [...matches].reverse().find((m) => m.unknown);
      if (unknownMatch) {
        owner = { options: unknownMatch.options, label: unknownMatch.name };
      }
    }
    if (!owner) {
      problems.push({ severity: 'error', code: 'unknown-option', message: `unknown option "${t.value}"`, token: t });
      // Skip its value words so they do not cascade into more errors.
      while (i < tokens.length && optionName(tokens[i] as Token) === undefined && tokens[i]?.value !== '!') i++;
      continue;
    }
    let args: Token[];
    let negated = false;
    if (found) {
      ({ args, negated } = take(found.arity, t));
    } else {
      // Unknown extension: take the following non-option words.
      args = [];
      while (i < tokens.length && optionName(tokens[i] as Token) === undefined && tokens[i]?.value !== '!') args.push(tokens[i++] as Token);
    }
    const canonical = found?.name;
    if (canonical !== undefined && owner.options.some((o) => o.name === canonical)) problems.push({ severity: 'error', code: 'duplicate-option', message: `only one "--${canonical}" is allowed per -m ${owner.label}`, token: t });
    owner.options.push({ owner: owner.label, name: found?.name ?? name, negated: neg || negated, args, first, last: args[args.length - 1] ?? t });
  }
  if (bang) problems.push({ severity: 'error', code: 'dangling-negation', message: '"!" is not followed by an option', token: bang });
  return { core, matches, ...(target ? { target } : {}), ...(onlyFamily ? { onlyFamily } : {}) };
}
