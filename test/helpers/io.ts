import type { CliIo } from '../../src/cli/io.js';

/** A CliIo that records what a command prints. */
export function captureIo(cwd = process.cwd(), env: Record<string, string | undefined> = {}): CliIo & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: (s: string) => (err += s) },
    cwd,
    env,
    out: () => out,
    err: () => err,
  };
}
