import type { HostFs } from '../../discover/host-fs.js';
import type { BaseChain, Chain, Family, FirewallDiagnostic, Hook, Rule, Ruleset } from '../../model/firewall/types.js';
import type { SourceFormat } from '../../model/source.js';
import type { FileToken, NftDocument, NftFamily } from './ast.js';
import { lowerRule, tokenLocation } from './lower-rule.js';
import type { RuleEnv } from './lower-rule.js';
import { parseNftables } from './parse.js';
import type { IncludeResult } from './parse.js';

/** nftables document → one model Ruleset (every table of the file; `inet` tables cover both families). */

const FAMILIES: Readonly<Record<NftFamily, readonly Family[]>> = { ip: [4], ip6: [6], inet: [4, 6], netdev: [4, 6], arp: [], bridge: [] };
const HOOKS = new Set<string>(['ingress', 'prerouting', 'input', 'forward', 'output', 'postrouting']);

export function chainId(family: NftFamily, table: string, chain: string): string {
  return `${family} ${table}/${chain}`;
}

export function lowerNftDocument(doc: NftDocument, options: { file: string; format?: SourceFormat }): { ruleset: Ruleset; diagnostics: FirewallDiagnostic[] } {
  const problems: RuleEnv['problems'] = [...doc.problems];
  const chains = new Map<string, Chain>();
  const baseChains: BaseChain[] = [];
  for (const table of doc.tables.values()) {
    const env: RuleEnv = {
      family: table.family,
      sets: table.sets,
      chainId: (name) => (table.chains.has(name) ? chainId(table.family, table.name, name) : undefined),
      problems,
    };
    for (const chain of table.chains.values()) {
      const id = chainId(table.family, table.name, chain.name);
      const rules: Rule[] = [];
      for (const r of chain.rules) {
        const first = r.tokens[0];
        const last = r.tokens[r.tokens.length - 1];
        if (!first || !last) continue;
        const { rules: lowered } = lowerRule(r.tokens, env);
        for (const l of lowered) {
          rules.push({ chain: id, index: rules.length + 1, text: r.text, location: tokenLocation(first, last), matches: l.matches, action: l.action, ...(l.comment !== undefined ? { comment: l.comment } : {}) });
        }
      }
      chains.set(id, { id, name: chain.name, table: `${table.family} ${table.name}`, rules, location: tokenLocation(chain.decl) });
      const hook = chain.hook;
      if (!hook || FAMILIES[table.family].length === 0 || !HOOKS.has(hook.hook)) continue;
      if (table.family === 'netdev' && hook.hook !== 'ingress') continue;
      baseChains.push({
        chain: id,
        hook: hook.hook as Hook,
        priority: hook.priority,
        type: hook.type === 'nat' ? 'nat' : hook.type === 'route' ? 'route' : 'filter',
        policy: hook.policy,
        ...(hook.policyToken ? { policyLocation: tokenLocation(hook.policyToken) } : {}),
        families: FAMILIES[table.family],
      });
    }
  }
  const diagnostics = problems.map((p): FirewallDiagnostic => ({ severity: p.severity, code: `nft-${p.code}`, message: p.message, location: tokenLocation(p.at, p.to) }));
  const ruleset: Ruleset = {
    file: options.file,
    format: options.format ?? 'nftables',
    // The file is the whole nftables ruleset: a family without tables is unfiltered, not unknown.
    families: [4, 6],
    chains,
    baseChains,
    fidelity: 'exact',
    backend: 'nftables',
  };
  return { ruleset, diagnostics };
}

/** Host path of a repo path under the host root. */
function hostPathOf(fs: HostFs, repoPath: string): string {
  if (!fs.root) return `/${repoPath}`;
  return repoPath.startsWith(`${fs.root}/`) ? `/${repoPath.slice(fs.root.length + 1)}` : `/${repoPath}`;
}

/**
 * `include` as nft resolves it: an absolute path as is; a relative one against the including file's directory,
 * then the default include directory /etc. Wildcards are expanded (C-locale order, dot files skipped).
 */
export function hostIncluder(fs: HostFs): (pattern: string, from: string) => IncludeResult {
  return (pattern, from) => {
    const candidates = pattern.startsWith('/') ? [pattern] : [`${hostPathOf(fs, from).replace(/\/[^/]*$/, '')}/${pattern}`, `/etc/${pattern}`];
    for (const c of candidates) {
      const paths = fs.glob(c).filter((p) => !(p.split('/').pop() ?? '').startsWith('.') || !/[*?[]/.test(pattern));
      if (paths.length === 0) continue;
      return {
        files: paths.map((p) => {
          const r = fs.read(p);
          return r.ok ? { path: r.repoPath, text: r.text } : { path: r.repoPath, error: r.message };
        }),
      };
    }
    return { files: [] };
  };
}

/** The files nft loads at boot on Debian/Ubuntu/Arch and on Fedora/RHEL: they include the rest. */
const MAIN_FILES = ['/etc/nftables.conf', '/etc/sysconfig/nftables.conf'];

/**
 * True when `path` is read through an include of the host's main nftables file: it is then part of that
 * ruleset, not a ruleset of its own (a fragment of `add rule` commands would not even load alone).
 */
export function includedByMainFile(fs: HostFs, path: string): boolean {
  const host = hostPathOf(fs, path);
  if (MAIN_FILES.includes(host)) return false;
  for (const main of MAIN_FILES) {
    const r = fs.read(main);
    if (!r.ok || !/\binclude\b/.test(r.text)) continue;
    const doc = parseNftables(r.text, { file: r.repoPath, include: hostIncluder(fs) });
    if (doc.files.includes(path)) return true;
  }
  return false;
}

export function loadNftables(fs: HostFs, file: { path: string; text: string }): { ruleset: Ruleset; diagnostics: FirewallDiagnostic[]; files: string[] } {
  const doc = parseNftables(file.text, { file: file.path, include: hostIncluder(fs) });
  const { ruleset, diagnostics } = lowerNftDocument(doc, { file: file.path });
  return { ruleset, diagnostics, files: doc.files };
}

export type { FileToken };
