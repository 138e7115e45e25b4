/**
 * sshlint's side through the command line contract: `sshlint print-config PATH --root DIR
 * --connection SPEC`, in process. Shaped like `OurRun` so the same comparison applies.
 */
import path from 'node:path';
import { main } from '../../../src/cli/main.js';
import { captureIo } from '../../helpers/io.js';
import type { OurRun } from './ours.js';
import { specArgument } from './sshd.js';
import type { ErrorLine, OracleSpec } from './sshd.js';

const DIAG = /^(.*?):(\d+): (.*)$/;

/**
 * With `withRoot` (default) the host root is passed as --root. Without it, print-config decides: for a
 * file outside `etc/ssh/` its own folder stands for /etc/ssh (pass hostRoot = that folder, mainPath =
 * its name under /etc/ssh).
 */
export async function runCli(hostRoot: string, mainPath: string, spec: OracleSpec, withRoot = true): Promise<OurRun> {
  // cwd = the folder standing for / (or /etc/ssh), so diagnostics name files relative to it.
  const shownBase = withRoot ? '/' : '/etc/ssh/';
  const file = withRoot ? path.join(hostRoot, mainPath) : path.join(hostRoot, path.posix.basename(mainPath));
  const io = captureIo(withRoot ? hostRoot : path.dirname(file));
  const c = specArgument(spec);
  const argv = ['print-config', file, ...(withRoot ? ['--root', hostRoot] : []), ...(c === null ? [] : ['--connection', c])];
  const code = await main(argv, io);
  const errLines = io.err().split('\n').filter((l) => l !== '');
  let firstError: ErrorLine | null = null;
  for (const l of errLines) {
    const m = DIAG.exec(l);
    if (!m || (m[3] ?? '').startsWith('warning: ')) continue;
    firstError = { path: `${shownBase}${m[1] ?? ''}`, line: Number(m[2]), message: m[3] ?? '' };
    break;
  }
  const crash = errLines.find((l) => l.includes('internal error'));
  return {
    rc: code === 0 ? 0 : code === 1 ? 1 : -1,
    lines: code === 0 ? io.out().split('\n').filter((l) => l !== '') : [],
    firstError,
    diagnostics: errLines,
    ...(crash ? { crash } : {}),
  };
}
