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

export async function runCli(hostRoot: string, mainPath: string, spec: OracleSpec): Promise<OurRun> {
  // cwd = the host root, so diagnostics name files by host path without the leading slash.
  const io = captureIo(hostRoot);
  const c = specArgument(spec);
  const argv = ['print-config', path.join(hostRoot, mainPath), '--root', hostRoot, ...(c === null ? [] : ['--connection', c])];
  const code = await main(argv, io);
  const errLines = io.err().split('\n').filter((l) => l !== '');
  let firstError: ErrorLine | null = null;
  for (const l of errLines) {
    const m = DIAG.exec(l);
    if (!m || (m[3] ?? '').startsWith('warning: ')) continue;
    firstError = { path: `/${m[1] ?? ''}`, line: Number(m[2]), message: m[3] ?? '' };
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
