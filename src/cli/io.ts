import type { ParseArgsConfig } from 'node:util';
import { parseArgs } from 'node:util';

export interface CliIo {
  readonly stdout: { write(chunk: string): unknown; readonly isTTY?: boolean };
  readonly stderr: { write(chunk: string): unknown; readonly isTTY?: boolean };
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
}

/** Exit codes CI can trust. */
export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

/** A usage or configuration error: printed as one line, exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export type Command = (argv: string[], io: CliIo) => Promise<number>;

/** A command whose work is synchronous: a thrown error becomes a rejected promise, which main() reports. */
export function syncCommand(body: (argv: string[], io: CliIo) => number): Command {
  return (argv, io) => {
    try {
      return Promise.resolve(body(argv, io));
    } catch (err) {
      return Promise.reject(err instanceof Error ? err : new Error(String(err)));
    }
  };
}

/** `parseArgs` with positionals, where a malformed command line is a usage error that ends with the command's usage. */
export function parseCommandArgs<const O extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: O, usage: string) {
  try {
    return parseArgs({ args: argv, allowPositionals: true, options });
  } catch (err) {
    throw new UsageError(`${err instanceof Error ? err.message : String(err)}\n${usage}`);
  }
}
