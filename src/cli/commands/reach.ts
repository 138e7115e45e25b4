import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { detectFormat, formatFamily } from '../../discover/detect.js';
import { diskHostFs, toPosix } from '../../discover/host-fs.js';
import { walkRepo } from '../../discover/walk.js';
import { buildFirewallModel } from '../../model/firewall/index.js';
import type { Family, ReachAnswer, ReachCondition, Symptom } from '../../model/firewall/index.js';
import { parseAddress } from '../../model/firewall/addresses.js';
import type { SourceFile, SourceFormat } from '../../model/source.js';
import { DEFAULT_TARGET, isTargetName, TARGET_NAMES } from '../../model/targets.js';
import type { CliIo } from '../io.js';
import { EXIT, parseCommandArgs, syncCommand, UsageError } from '../io.js';

const USAGE = `usage: sshlint reach PATH --port N [--from ADDR] [--iface NAME] [--family 4|6] [--state new|established] [--format text|json]

Does a new TCP connection to local port N get through the firewall? PATH is one firewall file (iptables-save /
rules.v4, an \`iptables -L\` listing, nftables...) or a host folder (every firewall file under it is used).
Prints the verdict (accepted, dropped, rejected, or depends), what the client sees, and the rules that decided it.
Exit code 0 whatever the verdict; 2 when a file cannot be parsed or loaded.

  --port N        the local port (required)
  --from ADDR     the client's address (default: any source; the answer may then depend on it)
  --iface NAME    the interface the packet arrives on (default: some non-loopback interface)
  --family 4|6    IPv4 or IPv6 (default: the family of --from, else 4)
  --state S       new (default): a new connection; established: a packet of an open session after a reload
  --format F      text (default) or json: {"verdict","family","port","path":[{file,line,chain,rule}],"conditions"}
  --target NAME   ${TARGET_NAMES.join(', ')} (default ${DEFAULT_TARGET})`;

const SYMPTOM_TEXT: Readonly<Record<Symptom, string>> = {
  open: 'the connection opens',
  timeout: 'clients see "Connection timed out"',
  refused: 'clients see "Connection refused"',
  unreachable: 'clients see "No route to host" (or "Network is unreachable" / "Permission denied")',
  stalled: 'TCP connects, then the session hangs: clients see "Connection timed out during banner exchange"',
};

function sniffFirewall(text: string): SourceFormat | undefined {
  if (/^### tuple ###|^:ufw6?-user-input\b/m.test(text)) return 'ufw';
  if (/^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<zone[\s>/]/.test(text)) return 'firewalld';
  if (/^\*(filter|nat|mangle|raw|security)\s*$/m.test(text) || /^-[AIPN] \S+/m.test(text)) return 'iptables-save';
  if (/^\s*Chain \S+ \((policy|\d+ references)/m.test(text)) return 'iptables-list';
  if (/^\s*table\s+(ip|ip6|inet|arp|bridge|netdev)?\s*\S+\s*\{/m.test(text)) return 'nftables';
  if (/^\s*\{\s*"nftables"\s*:/.test(text)) return 'nftables-json';
  return undefined;
}

/** Firewall files of PATH: the file itself, or every firewall file under the folder. */
function collect(target: string): { repoRoot: string; hostRoot: string; files: SourceFile[] } {
  const st = statSync(target);
  if (st.isFile()) {
    const repoRoot = path.dirname(target);
    const rel = path.basename(target);
    const text = readFileSync(target, 'utf8');
    const detected = detectFormat(rel, () => text.slice(0, 65536));
    // ufw's rules files look like iptables-save, but only ufw's loader wires them into INPUT as ufw-init does.
    const sniffed = sniffFirewall(text);
    const format = sniffed === 'ufw' ? sniffed : detected && formatFamily(detected.format) === 'firewall' ? detected.format : sniffed;
    if (!format) throw new UsageError(`${target}: not a firewall file sshlint can read (iptables-save, iptables -L, nftables)`);
    return { repoRoot, hostRoot: repoRoot, files: [{ path: rel, text, format }] };
  }
  const walked = walkRepo(target, [target]);
  const files: SourceFile[] = [];
  for (const rel of walked.files) {
    const abs = path.join(target, rel);
    let head: string | undefined;
    const sniff = (): string | undefined => {
      try {
        return (head ??= readFileSync(abs, 'utf8').slice(0, 65536));
      } catch {
        return undefined;
      }
    };
    const detected = detectFormat(rel, sniff);
    if (!detected || formatFamily(detected.format) !== 'firewall') continue;
    try {
      files.push({ path: toPosix(rel), text: readFileSync(abs, 'utf8'), format: detected.format });
    } catch {
      // unreadable: skipped, like the linter does
    }
  }
  if (files.length === 0) throw new UsageError(`${target}: no firewall files found (looked for etc/iptables/rules.v4, etc/nftables.conf, ...)`);
  return { repoRoot: target, hostRoot: target, files };
}

function describeCondition(c: ReachCondition): string {
  return c.description;
}

export function formatAnswerText(a: ReachAnswer, query: { from?: string; iface?: string }): string {
  const lines: string[] = [];
  const who = `from ${query.from ?? 'any source'} on ${query.iface ?? 'any non-loopback interface'}`;
  const verdict = a.verdict === 'depends' ? 'depends' : a.verdict;
  lines.push(`IPv${a.family} TCP port ${a.port} ${who}: ${verdict}${a.symptom ? ` — ${SYMPTOM_TEXT[a.symptom]}` : ''}`);
  if (a.path.length) {
    lines.push('Path:');
    for (const p of a.path) lines.push(`  ${p.file}:${p.line}  ${p.chain}  ${p.rule}`);
  }
  if (a.conditions.length) {
    lines.push('Conditions:');
    for (const c of a.conditions) lines.push(`  - ${describeCondition(c)}`);
  }
  if (a.verdict === 'depends') {
    const seen = new Set<string>();
    for (const o of a.outcomes) {
      const key = `${o.verdict}/${o.symptom}`;
      if (seen.has(key)) continue;
      seen.add(key);
      lines.push(`Possible: ${o.verdict} — ${SYMPTOM_TEXT[o.symptom]}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

export function answerJson(a: ReachAnswer): unknown {
  return {
    verdict: a.verdict,
    family: a.family,
    port: a.port,
    ...(a.symptom ? { symptom: a.symptom } : {}),
    path: a.path.map((p) => ({ file: p.file, line: p.line, chain: p.chain, rule: p.rule })),
    conditions: a.conditions.map((c) => {
      const { location, ...rest } = c as ReachCondition & { location?: { file: string; range: { start: { line: number } } } };
      return location ? { ...rest, file: location.file, line: location.range.start.line } : rest;
    }),
  };
}

export const run = syncCommand(runBody);

function runBody(argv: string[], io: CliIo): number {
  const parsed = parseCommandArgs(argv, {
    port: { type: 'string', short: 'p' },
    from: { type: 'string' },
    iface: { type: 'string', short: 'i' },
    family: { type: 'string' },
    state: { type: 'string' },
    format: { type: 'string', short: 'f' },
    target: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  }, USAGE);
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout.write(`${USAGE}\n`);
    return EXIT.ok;
  }
  if (positionals.length !== 1 || positionals[0] === undefined) throw new UsageError(`expected one PATH\n${USAGE}`);
  if (values.port === undefined) throw new UsageError(`--port is required\n${USAGE}`);
  const port = Number(values.port);
  if (!/^\d+$/.test(values.port) || port < 1 || port > 65535) throw new UsageError(`--port must be a number from 1 to 65535, not "${values.port}"`);
  let family: Family | undefined;
  if (values.family !== undefined) {
    if (values.family !== '4' && values.family !== '6') throw new UsageError(`--family must be 4 or 6, not "${values.family}"`);
    family = values.family === '4' ? 4 : 6;
  }
  if (values.from !== undefined) {
    const a = parseAddress(values.from);
    if (!a) throw new UsageError(`--from must be an IP address, not "${values.from}"`);
    if (family !== undefined && a.family !== family) throw new UsageError(`--from ${values.from} is not an IPv${family} address`);
    family = a.family;
  }
  const state = values.state ?? 'new';
  if (state !== 'new' && state !== 'established') throw new UsageError(`--state must be new or established, not "${state}"`);
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(`--format must be text or json, not "${format}"`);
  const target = values.target ?? DEFAULT_TARGET;
  if (!isTargetName(target)) throw new UsageError(`unknown target "${target}" (known: ${TARGET_NAMES.join(', ')})`);

  const abs = path.resolve(io.cwd, positionals[0]);
  if (!existsSync(abs)) throw new UsageError(`${positionals[0]}: no such file or folder`);
  const { repoRoot, hostRoot, files } = collect(abs);
  const model = buildFirewallModel(diskHostFs(repoRoot, hostRoot), { files, target });
  if (!model) throw new UsageError(`${positionals[0]}: no firewall rules found`);
  const errors = model.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) {
    for (const e of errors) io.stderr.write(`${e.location.file}:${e.location.range.start.line}:${e.location.range.start.column}: ${e.message}\n`);
    io.stderr.write(`sshlint: the firewall loader would refuse ${errors.length === 1 ? 'this file' : 'these files'}; no verdict\n`);
    return EXIT.usage;
  }
  family ??= !model.hasFamily(4) && model.hasFamily(6) ? 6 : 4;
  const answer = model.reach({
    family,
    port,
    state,
    ...(values.from !== undefined ? { source: values.from } : {}),
    ...(values.iface !== undefined ? { iface: values.iface } : {}),
  });
  if (format === 'json') io.stdout.write(`${JSON.stringify(answerJson(answer), null, 2)}\n`);
  else io.stdout.write(formatAnswerText(answer, { ...(values.from !== undefined ? { from: values.from } : {}), ...(values.iface !== undefined ? { iface: values.iface } : {}) }));
  return EXIT.ok;
}
