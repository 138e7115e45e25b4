import type { FirewallDiagnostic } from '../../model/firewall/types.js';
import type { Location } from '../../model/position.js';

/**
 * The `### tuple ###` lines of user(6).rules: ufw's own record of its rules. ufw rewrites the whole file from
 * them whenever a rule is added or deleted, so a rule line written by hand (not under a tuple) is lost then,
 * and a tuple that names an application profile holds the profile's ports as they were when it was added.
 */

export interface UfwTuple {
  readonly action: string;
  readonly protocol: string;
  readonly dport: string;
  readonly dst: string;
  readonly sport: string;
  readonly src: string;
  /** Application profile names (spaces were written as %20), undefined when `-`. */
  readonly dapp?: string;
  readonly sapp?: string;
  /** `in`, `out`, `in_eth0`... */
  readonly direction: string;
  readonly line: number;
}

export interface TupleScan {
  readonly tuples: UfwTuple[];
  readonly diagnostics: FirewallDiagnostic[];
}

function lineLoc(file: string, line: number, text: string): Location {
  return { file, range: { start: { line, column: 1 }, end: { line, column: text.length + 1 } } };
}

export function scanTuples(text: string, file: string): TupleScan {
  const tuples: UfwTuple[] = [];
  const diagnostics: FirewallDiagnostic[] = [];
  let inRules = false;
  let underTuple = false;
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    const n = i + 1;
    if (line === '### RULES ###') {
      inRules = true;
      return;
    }
    if (line === '### END RULES ###') {
      inRules = false;
      return;
    }
    if (!inRules) return;
    if (line === '') {
      underTuple = false;
      return;
    }
    const t = /^### tuple ###\s+(.*)$/.exec(line);
    if (t) {
      const fields = (t[1] ?? '').split(/\s+/).filter((f) => !f.startsWith('comment='));
      if (fields.length < 6 || fields.length > 9) {
        diagnostics.push({ severity: 'warning', code: 'ufw-malformed-tuple', message: 'ufw skips this malformed tuple line', location: lineLoc(file, n, raw) });
        underTuple = false;
        return;
      }
      const [action = '', protocol = '', dport = '', dst = '', sport = '', src = ''] = fields;
      const apps = fields.length >= 8 ? fields.slice(6, 8) : [];
      const direction = fields[fields.length - 1] ?? 'in';
      const app = (a: string | undefined): string | undefined => (a === undefined || a === '-' ? undefined : a.replace(/%20/g, ' '));
      const dapp = app(apps[0]);
      const sapp = app(apps[1]);
      tuples.push({ action, protocol, dport, dst, sport, src, ...(dapp ? { dapp } : {}), ...(sapp ? { sapp } : {}), direction: fields.length === 7 || fields.length === 9 ? direction : 'in', line: n });
      underTuple = true;
      return;
    }
    if (line.startsWith('-A ') && !underTuple) {
      diagnostics.push({ severity: 'warning', code: 'ufw-rule-without-tuple', message: 'this rule has no "### tuple ###" line: ufw drops it the next time it rewrites user.rules (any ufw allow/deny/delete)', location: lineLoc(file, n, raw) });
    }
  });
  return { tuples, diagnostics };
}

/** `[Name]` sections of ufw application profiles with their `ports=` value. */
export function parseAppProfiles(text: string): Map<string, { ports: string; line: number }> {
  const out = new Map<string, { ports: string; line: number }>();
  let section: string | undefined;
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    const s = /^\[(.+)\]$/.exec(line);
    if (s) {
      section = s[1];
      return;
    }
    const p = /^ports\s*[=:]\s*(.*)$/i.exec(line);
    if (p && section !== undefined) out.set(section, { ports: (p[1] ?? '').trim(), line: i + 1 });
  });
  return out;
}

/** The destination ports a profile's `ports=` opens, as ufw writes them in a tuple (`22`, `80,443`, `1714:1764`). */
export function profilePorts(ports: string): string {
  return ports
    .split('|')
    .map((entry) => entry.split('/')[0] ?? '')
    .join(',');
}
