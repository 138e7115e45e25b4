import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readRuleDoc, ruleDocsUrl } from '../../engine/docs.js';
import { runLint } from '../../engine/run.js';
import type { RunLintOutput } from '../../engine/run.js';
import type { LintResult } from '../../engine/result.js';
import type { Severity } from '../../model/finding.js';
import { SEVERITY_RANK } from '../../model/finding.js';
import type { ReportMeta } from '../../reporters/index.js';
import { isReporterName, REPORTER_NAMES, reporters } from '../../reporters/index.js';
import { createSarifReporter } from '../../reporters/sarif.js';
import { VERSION } from '../../version.js';
import type { CliIo } from '../io.js';
import { EXIT, UsageError } from '../io.js';

/** The lint options and exit codes, shared by `sshlint --help` and `sshlint [PATH...] --help`. */
export const LINT_OPTIONS_HELP = `Lint options:
  -f, --format NAME     stylish (default), json, compact, sarif, github
  -o, --output FILE     write the report to FILE instead of stdout
      --sarif-include-suppressed
                        with --format sarif, keep inline-suppressed findings (with \`suppressions\`)
  -c, --config FILE     use this .sshlint.yml (default: looked up from PATH up to the repo root, then .)
      --fail-on LEVEL   exit 1 when a finding is at least LEVEL: error (default), warning, note
      --max-warnings N  also exit 1 when there are more than N warnings
      --rule ID=LEVEL   set a rule's level (off, note, warning, error); repeatable
      --target NAME     OS release hosts are modelled as: debian-12 (default), debian-13, ubuntu-22.04,
                        ubuntu-24.04, rhel-9, upstream
      --ssh-port N      sshd port to assume for hosts without an sshd config (default 22)
      --no-plugins      do not load the plugins listed in the config
  -q, --quiet           report errors only
      --no-color        no colors (also NO_COLOR=1; FORCE_COLOR=1 forces them)
      --debug           print stack traces of internal errors
  -v, --version         print the version
  -h, --help            print this help

Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it (or too many warnings),
2 usage, configuration or internal error.`;

export const LINT_HELP = `Usage: sshlint [options] [PATH...]

Lint the sshd, firewall and fail2ban configs under PATH (default: .), grouped per host.

${LINT_OPTIONS_HELP}`;

const LEVELS = ['off', 'note', 'warning', 'error'] as const;

export async function run(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(argv);
  if (values.help) {
    io.stdout.write(`${LINT_HELP}\n`);
    return EXIT.ok;
  }
  if (values.version) {
    io.stdout.write(`${VERSION}\n`);
    return EXIT.ok;
  }
  const format = values.format ?? 'stylish';
  if (!isReporterName(format)) throw new UsageError(`unknown --format "${format}" (choose one of ${REPORTER_NAMES.join(', ')})`);
  const failOn = values['fail-on'] ?? 'error';
  if (failOn !== 'error' && failOn !== 'warning' && failOn !== 'note') throw new UsageError(`--fail-on must be error, warning or note, not "${failOn}"`);
  const maxWarnings = values['max-warnings'] === undefined ? undefined : nonNegativeInt('--max-warnings', values['max-warnings']);
  const sshPort = values['ssh-port'] === undefined ? undefined : port(values['ssh-port']);
  const rules = parseRuleFlags(values.rule ?? []);

  const progress = io.stderr.isTTY === true && format !== 'github';
  if (progress) io.stderr.write('sshlint: linting…\r');
  const output = await runLint({
    cwd: io.cwd,
    paths: positionals,
    ...(values.config !== undefined ? { config: values.config } : {}),
    ...(values.target !== undefined ? { target: values.target } : {}),
    rules,
    plugins: !values['no-plugins'],
    ...(sshPort !== undefined ? { sshPort } : {}),
  });
  if (progress) io.stderr.write('                    \r');

  const result = values.quiet ? onlyErrors(output.result) : output.result;
  const meta = reportMeta(output, useColor(io, values['no-color'] === true, values.output !== undefined));
  const reporter =
    format === 'sarif' && values['sarif-include-suppressed'] === true ? createSarifReporter({ includeSuppressed: true }) : reporters[format];
  const text = reporter(result, meta);
  if (values.output !== undefined) {
    const file = path.resolve(io.cwd, values.output);
    try {
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, text);
    } catch (err) {
      throw new UsageError(`cannot write ${values.output}: ${err instanceof Error ? err.message : String(err)}`);
    }
  } else io.stdout.write(text);

  return exitCode(output.result, failOn, maxWarnings);
}

function parse(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        output: { type: 'string', short: 'o' },
        'sarif-include-suppressed': { type: 'boolean' },
        config: { type: 'string', short: 'c' },
        'fail-on': { type: 'string' },
        'max-warnings': { type: 'string' },
        rule: { type: 'string', multiple: true },
        target: { type: 'string' },
        'ssh-port': { type: 'string' },
        'no-plugins': { type: 'boolean' },
        quiet: { type: 'boolean', short: 'q' },
        'no-color': { type: 'boolean' },
        debug: { type: 'boolean' },
        version: { type: 'boolean', short: 'v' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (err) {
    throw new UsageError(`${err instanceof Error ? err.message : String(err)} (see sshlint --help)`);
  }
}

/** `--rule id=level`, repeatable; the last one for an id wins. */
export function parseRuleFlags(flags: readonly string[]): Record<string, 'off' | Severity> {
  const out: Record<string, 'off' | Severity> = {};
  for (const flag of flags) {
    const eq = flag.lastIndexOf('=');
    const id = flag.slice(0, eq).trim();
    const level = flag.slice(eq + 1).trim();
    if (eq <= 0 || !(LEVELS as readonly string[]).includes(level))
      throw new UsageError(`--rule expects ID=LEVEL with LEVEL one of ${LEVELS.join(', ')}, got "${flag}"`);
    out[id] = level as 'off' | Severity;
  }
  return out;
}

function nonNegativeInt(flag: string, value: string): number {
  if (!/^\d+$/.test(value)) throw new UsageError(`${flag} expects a whole number, got "${value}"`);
  return Number(value);
}

function port(value: string): number {
  const n = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!(n >= 1 && n <= 65535)) throw new UsageError(`--ssh-port expects a port number 1-65535, got "${value}"`);
  return n;
}

/** `--quiet`: keep errors only (suppressed ones too, so JSON still shows what was silenced). */
function onlyErrors(result: LintResult): LintResult {
  return { ...result, findings: result.findings.filter((f) => f.severity === 'error') };
}

export function exitCode(result: LintResult, failOn: Severity, maxWarnings: number | undefined): number {
  if (!result.executionSuccessful) return EXIT.usage;
  const active = result.findings.filter((f) => !f.suppressed);
  if (active.some((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[failOn])) return EXIT.findings;
  if (maxWarnings !== undefined && active.filter((f) => f.severity === 'warning').length > maxWarnings) return EXIT.findings;
  return EXIT.ok;
}

export function reportMeta(output: Pick<RunLintOutput, 'repoRoot' | 'pluginDocs'>, color: boolean): ReportMeta {
  return {
    version: VERSION,
    cwd: output.repoRoot,
    repoRoot: output.repoRoot,
    color,
    ruleDocs: (id) => {
      const plugin = output.pluginDocs.get(id);
      if (!plugin) return readRuleDoc(id);
      try {
        return readFileSync(plugin.path, 'utf8');
      } catch {
        return undefined;
      }
    },
    docsUrl: (id) => {
      const plugin = output.pluginDocs.get(id);
      return plugin ? (plugin.url ?? `file://${plugin.path}`) : ruleDocsUrl(id);
    },
  };
}

/** Colors only on a terminal, unless NO_COLOR / FORCE_COLOR / --no-color say otherwise; never in a file. */
export function useColor(io: CliIo, noColorFlag: boolean, toFile: boolean): boolean {
  if (toFile || noColorFlag) return false;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  return io.stdout.isTTY === true;
}
