import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { CONFIG_FILE_NAMES } from '../../engine/config.js';
import type { CliIo } from '../io.js';
import { EXIT, UsageError } from '../io.js';

const HELP = `Usage: sshlint init

Write a commented starter .sshlint.yml in the current folder. Refuses to overwrite an existing one.`;

export const STARTER_CONFIG = `# sshlint configuration: docs/configuration.md in the sshlint repository explains every key.
# yaml-language-server: $schema=https://raw.githubusercontent.com/sshlint/sshlint/main/schema/sshlint.schema.json

# Presets to start from: recommended (default), strict, cis, stig, devsec.
extends: [recommended]

# The OS release your hosts run: debian-12 (default), debian-13, ubuntu-22.04, ubuntu-24.04, rhel-9, upstream.
target: debian-12

# Turn rules off, change their level (note, warning, error) or give options: [level, { ... }].
# rules:
#   sshd/max-auth-tries: [warning, { max: 4 }]
#   sshd/x11-forwarding: off

# Lint only these paths, or skip some (.gitignore is always honoured). Globs are relative to this file.
# include: ['hosts/**']
# exclude: ['**/testdata/**']

# Per-host settings: files globs match host folders and file paths; later entries win.
# overrides:
#   - files: ['hosts/legacy-*/**']
#     target: ubuntu-22.04
#     rules:
#       sshd/permit-root-login: warning

# Extra names of sshd_config files (each one is a host of its own).
# sshd:
#   files: ['**/*.sshd.conf']

# Rule plugins: a folder relative to this file, or an npm package.
# plugins: ['./sshlint-rules']
`;

export function run(argv: string[], io: CliIo): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({ args: argv, options: { help: { type: 'boolean', short: 'h' } } }));
  } catch (err) {
    return Promise.reject(new UsageError(err instanceof Error ? err.message : String(err)));
  }
  if (values.help) {
    io.stdout.write(`${HELP}\n`);
    return Promise.resolve(EXIT.ok);
  }
  const existing = CONFIG_FILE_NAMES.map((n) => path.join(io.cwd, n)).find((f) => existsSync(f));
  if (existing) return Promise.reject(new UsageError(`${path.basename(existing)} already exists; not overwriting it`));
  const file = path.join(io.cwd, CONFIG_FILE_NAMES[0]);
  writeFileSync(file, STARTER_CONFIG, { flag: 'wx' });
  io.stdout.write(`wrote ${CONFIG_FILE_NAMES[0]}\n`);
  return Promise.resolve(EXIT.ok);
}
