import type { CliIo } from '../io.js';
import { UsageError } from '../io.js';

export function run(_argv: string[], _io: CliIo): Promise<number> {
  return Promise.reject(new UsageError('the "rules" command is not available yet'));
}
