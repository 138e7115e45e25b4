import type { HostFs } from '../../discover/host-fs.js';
import { parseIptablesList } from '../../parsers/iptables/list.js';
import { loadNftablesJson } from '../../parsers/nftables/json.js';
import { includedByMainFile, loadNftables } from '../../parsers/nftables/lower.js';
import { loadUfw } from '../../parsers/ufw/lower.js';
import { isFirewalldEntry, loadFirewalld } from '../../parsers/firewalld/lower.js';
import type { SourceFile, SourceFormat } from '../source.js';
import type { TargetName } from '../targets.js';
import { loadIptablesText } from './iptables.js';
import { lowerIptablesList } from './iptables-list.js';
import type { Family, FirewallDiagnostic, Ruleset } from './types.js';

/** What a format's loader returns: rulesets in model form and the problems found reading them. */
export interface LoadedFirewall {
  readonly rulesets: readonly Ruleset[];
  readonly diagnostics: readonly FirewallDiagnostic[];
  /** Repo paths read (the file itself plus includes); defaults to the file. */
  readonly files?: readonly string[];
}

/** Lowers one source file of a firewall format. Formats register here (nftables, ufw, firewalld add theirs). */
export type FirewallLoader = (fs: HostFs, file: SourceFile, target: TargetName) => LoadedFirewall;

/** IPv6 when the path says so (rules.v6, ip6tables), else IPv6 only if the text uses IPv6 addresses or ICMPv6. */
export function detectIptablesFamily(path: string, text: string): Family {
  const base = path.split('/').pop() ?? path;
  if (/ip6tables|rules\.v6|(^|[^a-z])v6([^a-z]|$)|6\.rules$/i.test(base)) return 6;
  if (/rules\.v4|iptables/i.test(base) && !/ip6/i.test(base)) return 4;
  if (/(^|\s)-[sd]\s+[0-9a-f]*:[0-9a-f:]*[0-9a-f](\/\d+)?(\s|$)|ipv6-icmp|icmpv6|icmp6/i.test(text)) return 6;
  return 4;
}

const iptablesSave: FirewallLoader = (_fs, file) => {
  const family = detectIptablesFamily(file.path, file.text);
  const { ruleset, diagnostics } = loadIptablesText(file.text, { file: file.path, family, format: file.format });
  return { rulesets: [ruleset], diagnostics };
};

const iptablesList: FirewallLoader = (_fs, file) => {
  const family = detectIptablesFamily(file.path, file.text);
  const { ruleset, diagnostics } = lowerIptablesList(parseIptablesList(file.text), { file: file.path, family });
  return { rulesets: [ruleset], diagnostics };
};

const nftables: FirewallLoader = (fs, file) => {
  if (includedByMainFile(fs, file.path)) return { rulesets: [], diagnostics: [], files: [] };
  const { ruleset, diagnostics, files } = loadNftables(fs, file);
  return { rulesets: [ruleset], diagnostics, files };
};

/** user(6).rules assemble ufw for their family (reading before/after rules and /etc/default/ufw); the other ufw files are read from there. */
const ufw: FirewallLoader = (fs, file) => (file.format === 'ufw' && !/(^|\/)(before|after)6?\.rules$/.test(file.path) ? loadUfw(fs, file) : { rulesets: [], diagnostics: [], files: [] });

/** firewalld builds one ruleset for the whole /etc/firewalld tree, from firewalld.conf (else the first zone file). */
const firewalld: FirewallLoader = (fs, file, target) => (isFirewalldEntry(fs, file.path) ? loadFirewalld(fs, file, target) : { rulesets: [], diagnostics: [], files: [] });

export const FIREWALL_LOADERS: Partial<Record<SourceFormat, FirewallLoader>> = {
  'iptables-save': iptablesSave,
  'iptables-list': iptablesList,
  nftables,
  'nftables-json': (_fs, file) => {
    const { ruleset, diagnostics, files } = loadNftablesJson(file);
    return { rulesets: [ruleset], diagnostics, files };
  },
  ufw,
  'ufw-default': ufw,
  firewalld,
};

export function loadFirewallSource(fs: HostFs, file: SourceFile, target: TargetName): LoadedFirewall | undefined {
  const loader = FIREWALL_LOADERS[file.format];
  return loader ? loader(fs, file, target) : undefined;
}
