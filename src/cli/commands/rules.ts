import { parseArgs } from 'node:util';
import { renderRulesIndex } from '../../engine/rules-index.js';
import { loadRunConfig } from '../../engine/run.js';
import { builtinRules } from '../../../rules/index.js';
import type { CliIo } from '../io.js';
import { EXIT, UsageError } from '../io.js';
import { reportMeta } from './lint.js';

const HELP = `Usage: sshlint rules [--format text|json|markdown] [--config FILE]

List every rule (built-in and from plugins) with its level under the current configuration,
tags, status, presets and docs link. --format markdown prints docs/rules.md (built-in rules only).`;

export async function run(argv: string[], io: CliIo): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { format: { type: 'string', short: 'f' }, config: { type: 'string', short: 'c' }, help: { type: 'boolean', short: 'h' } },
    }));
  } catch (err) {
    throw new UsageError(err instanceof Error ? err.message : String(err));
  }
  if (values.help) {
    io.stdout.write(`${HELP}\n`);
    return EXIT.ok;
  }
  const format = values.format ?? 'text';
  if (format === 'markdown') {
    io.stdout.write(renderRulesIndex(builtinRules));
    return EXIT.ok;
  }
  if (format !== 'text' && format !== 'json') throw new UsageError(`unknown --format "${format}" (text, json or markdown)`);
  const loaded = await loadRunConfig({ cwd: io.cwd, paths: [], ...(values.config !== undefined ? { config: values.config } : {}) });
  const meta = reportMeta(loaded, false);
  const base = loaded.config.severities;
  const rows = loaded.config.knownRules.map((r) => ({
    id: r.id,
    level: base[r.id] ?? 'off',
    defaultSeverity: r.meta.severity,
    description: r.meta.description,
    tags: r.meta.tags,
    status: r.meta.status,
    presets: r.meta.presets,
    ...(r.meta.securitySeverity !== undefined ? { securitySeverity: r.meta.securitySeverity } : {}),
    docsUrl: meta.docsUrl(r.id),
  }));
  if (format === 'json') {
    io.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    return EXIT.ok;
  }
  const idWidth = Math.max(4, ...rows.map((r) => r.id.length));
  io.stdout.write(`${'RULE'.padEnd(idWidth)}  LEVEL    STATUS      PRESETS / TAGS\n`);
  for (const r of rows) {
    io.stdout.write(`${r.id.padEnd(idWidth)}  ${r.level.padEnd(7)}  ${r.status.padEnd(10)}  ${r.presets.join(',') || '-'} / ${r.tags.join(',') || '-'}\n`);
    io.stdout.write(`${''.padEnd(idWidth)}  ${r.description}\n${''.padEnd(idWidth)}  ${r.docsUrl}\n`);
  }
  return EXIT.ok;
}
