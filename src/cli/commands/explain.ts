import { parseArgs } from 'node:util';
import { loadRunConfig } from '../../engine/run.js';
import type { CliIo } from '../io.js';
import { EXIT, UsageError } from '../io.js';
import { reportMeta } from './lint.js';

const HELP = `Usage: sshlint explain RULE [--config FILE]

Print a rule's documentation: what it checks, why it matters, examples, options and references.`;

export async function run(argv: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { config: { type: 'string', short: 'c' }, help: { type: 'boolean', short: 'h' } } });
  } catch (err) {
    throw new UsageError(err instanceof Error ? err.message : String(err));
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout.write(`${HELP}\n`);
    return EXIT.ok;
  }
  const [id, ...extra] = positionals;
  if (id === undefined || extra.length) throw new UsageError('explain takes exactly one rule id, e.g. sshlint explain sshd/permit-root-login');
  const loaded = await loadRunConfig({ cwd: io.cwd, paths: [], ...(values.config !== undefined ? { config: values.config } : {}) });
  const rule = loaded.config.knownRules.find((r) => r.id === id);
  if (!rule) {
    const name = id.split('/').pop() ?? id;
    const close = loaded.config.knownRules.filter((r) => r.id.includes(name)).map((r) => r.id);
    throw new UsageError(`unknown rule "${id}"${close.length ? ` (did you mean ${close.slice(0, 3).join(', ')}?)` : '; sshlint rules lists them'}`);
  }
  const meta = reportMeta(loaded, false);
  const doc = meta.ruleDocs(id);
  io.stdout.write(doc ?? `# ${id}\n\n${rule.meta.description}\n\n(no documentation file found; see ${meta.docsUrl(id)})\n`);
  return EXIT.ok;
}
