import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { HostFs } from '../../discover/host-fs.js';
import { describeReadFailure, diskHostFs, normalizeHostPath } from '../../discover/host-fs.js';
import type { ConnectionSpec, SshdDiagnostic } from '../../model/sshd/index.js';
import { buildSshdModel } from '../../model/sshd/index.js';
import { DEFAULT_SERVICES, a2port } from '../../model/sshd/values.js';
import { DEFAULT_TARGET, isTargetName, TARGET_NAMES } from '../../model/targets.js';
import type { CliIo } from '../io.js';
import { EXIT, parseCommandArgs, syncCommand, UsageError } from '../io.js';
import { run as runFail2ban } from './print-config-fail2ban.js';

const USAGE = `usage: sshlint print-config PATH [--root DIR] [--connection user=U,host=H,addr=A,laddr=L,lport=P,rdomain=R] [--target NAME]
       sshlint print-config fail2ban DIR

Prints the effective sshd configuration exactly as \`sshd -T\` of the target prints it. Where sshd would refuse the
configuration, prints "path:line: message" on stderr and exits 1.

  --root DIR         the folder that stands for / on the host (default: the folder above etc/ when PATH is
                     .../etc/ssh/FILE, otherwise PATH's folder stands for /etc/ssh)
  -C, --connection SPEC  evaluate Match blocks for this connection (like sshd -T -C SPEC; repeatable)
  --target NAME      ${TARGET_NAMES.join(', ')} (default ${DEFAULT_TARGET})`;

export function run(argv: string[], io: CliIo): Promise<number> {
  if (argv[0] === 'fail2ban') return runFail2ban(argv.slice(1), io);
  return runSync(argv, io);
}

const runSync = syncCommand(runBody);

function runBody(argv: string[], io: CliIo): number {
  const parsed = parseCommandArgs(argv, {
    root: { type: 'string' },
    connection: { type: 'string', short: 'C', multiple: true },
    target: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  }, USAGE);
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout.write(`${USAGE}\n`);
    return EXIT.ok;
  }
  if (positionals.length !== 1 || positionals[0] === undefined) throw new UsageError(`expected one PATH\n${USAGE}`);
  const target = values.target ?? DEFAULT_TARGET;
  if (!isTargetName(target)) throw new UsageError(`unknown target "${target}" (known: ${TARGET_NAMES.join(', ')})`);
  const connection = parseConnectionSpecs(values.connection ?? []);

  const file = path.resolve(io.cwd, positionals[0]);
  if (!existsSync(file)) throw new UsageError(`${positionals[0]}: No such file or directory`);
  if (!statSync(file).isFile()) throw new UsageError(`${positionals[0]}: not a regular file`);
  const { fs, mainPath, rootDir } = hostFor(file, values.root === undefined ? undefined : path.resolve(io.cwd, values.root));

  const main = fs.read(mainPath);
  if (!main.ok) throw new UsageError(`${positionals[0]}: ${describeReadFailure(main.reason)}`);
  const model = buildSshdModel(fs, { target, mainPath });
  if (!model) throw new UsageError(`${positionals[0]}: No such file or directory`);
  const show = (d: SshdDiagnostic): string => {
    const shown = path.relative(io.cwd, path.join(rootDir, d.location.file)) || d.location.file;
    return `${shown}:${d.location.range.start.line}: ${d.severity === 'warning' ? 'warning: ' : ''}${d.message}\n`;
  };
  for (const d of model.diagnostics) io.stderr.write(show(d));
  if (!model.valid) return EXIT.findings;
  const effective = model.evaluate(connection);
  for (const d of effective.diagnostics) io.stderr.write(show(d));
  if (effective.diagnostics.some((d) => d.severity === 'fatal')) return EXIT.findings;
  io.stdout.write(`${effective.dump().join('\n')}\n`);
  return EXIT.ok;
}

/**
 * Which folder stands for `/`. With --root, PATH must lie inside it. Without, `.../etc/ssh/FILE` puts the root above
 * `etc/`; any other file's own folder stands for /etc/ssh.
 */
function hostFor(file: string, root: string | undefined): { fs: HostFs; mainPath: string; rootDir: string } {
  if (root !== undefined) {
    if (!existsSync(root) || !statSync(root).isDirectory()) throw new UsageError(`--root ${root}: not a directory`);
    const rel = path.relative(root, file);
    if (rel.startsWith('..') || path.isAbsolute(rel)) throw new UsageError(`${file} is not inside --root ${root}`);
    return { fs: diskHostFs(root, root), mainPath: normalizeHostPath(rel.split(path.sep).join('/')), rootDir: root };
  }
  const dir = path.dirname(file);
  if (path.basename(dir) === 'ssh' && path.basename(path.dirname(dir)) === 'etc') {
    const hostRoot = path.dirname(path.dirname(dir));
    return { fs: diskHostFs(hostRoot, hostRoot), mainPath: `/etc/ssh/${path.basename(file)}`, rootDir: hostRoot };
  }
  return { fs: etcSshFs(dir), mainPath: `/etc/ssh/${path.basename(file)}`, rootDir: dir };
}

/** A HostFs where only /etc/ssh exists, backed by `dir`; repo paths are relative to `dir`. */
function etcSshFs(dir: string): HostFs {
  const inner = diskHostFs(dir, dir);
  const PREFIX = '/etc/ssh';
  const inside = (p: string): string | null => {
    const n = normalizeHostPath(p);
    if (n === PREFIX) return '/';
    return n.startsWith(`${PREFIX}/`) ? n.slice(PREFIX.length) : null;
  };
  return {
    root: '',
    read: (p) => {
      const q = inside(p);
      if (q === null) return { ok: false, reason: 'missing', repoPath: normalizeHostPath(p).slice(1), message: `${p}: no such file` };
      return inner.read(q);
    },
    glob: (pattern) => {
      const q = inside(pattern);
      return q === null ? [] : inner.glob(q).map((h) => (h === '/' ? PREFIX : `${PREFIX}${h}`));
    },
    toRepoPath: (p) => {
      const q = inside(p);
      return q === null ? normalizeHostPath(p).slice(1) : inner.toRepoPath(q);
    },
  };
}

/** sshd's -C parser: comma-separated key=value with no spaces; several specs accumulate. */
export function parseConnectionSpecs(specs: readonly string[]): ConnectionSpec {
  const out: { -readonly [K in keyof ConnectionSpec]: ConnectionSpec[K] } = {};
  for (const spec of specs) {
    for (const p of spec.split(',')) {
      if (p === '') break;
      const eq = p.indexOf('=');
      const key = eq === -1 ? p : p.slice(0, eq);
      const value = p.slice(eq + 1);
      switch (eq === -1 ? '' : key) {
        case 'addr':
          out.addr = value;
          break;
        case 'host':
          out.host = value;
          break;
        case 'user':
          out.user = value;
          break;
        case 'laddr':
          out.laddr = value;
          break;
        case 'rdomain':
          out.rdomain = value;
          break;
        case 'lport': {
          const port = a2port(value, DEFAULT_SERVICES);
          if (port === -1) throw new UsageError(`Invalid port '${value}' in test mode specification ${p}`);
          out.lport = port;
          break;
        }
        default:
          throw new UsageError(`Invalid test mode specification ${p}`);
      }
    }
  }
  return out;
}
