/**
 * Runs Debian's real `sshd -T` on a host tree, so that sshd reads the tree's `etc/ssh` as `/etc/ssh`
 * without touching the machine: every batch runs in a private mount namespace (`unshare -m`) where a
 * tmpfs covers /run (sshd as root insists on /run/sshd) and each case's `etc/ssh` is bind-mounted over
 * /etc/ssh (and its user, group and services files over the machine's: see `hostDatabases`). One shell
 * per batch runs many cases, so a case costs about one sshd start (≈6 ms).
 *
 * Normalisation, applied to sshd's side only and the same way for every case:
 *  - sshd will not print anything without a loadable host key, so we pass a scratch key with `-h`.
 *    sshd lists it first as `hostkey <scratch path>`: that line is removed.
 *  - Because of `-h`, sshd does not fill in its compiled-in default host keys when the config sets no
 *    HostKey. When no `hostkey` line remains we insert the default list, which `probeDefaultHostKeys()`
 *    reads from the real sshd at start-up (a run without `-h`, see there), so it is not a copy of ours.
 *  - stderr lines `Unable to load host key: …` (config HostKeys that do not exist in the tree) are removed.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const SSHD_BINARY = '/usr/sbin/sshd';

/** The `-C` keys of sshd's test mode. Same shape as the model's ConnectionSpec. */
export interface OracleSpec {
  readonly user?: string;
  readonly host?: string;
  readonly addr?: string;
  readonly laddr?: string;
  readonly lport?: number;
  readonly rdomain?: string;
}

export interface OracleCase {
  /** Directory on this machine that stands for `/` of the host. */
  readonly hostRoot: string;
  /** Host path of the main config (`-f`), default `/etc/ssh/sshd_config`. */
  readonly mainPath?: string;
  /** One sshd run per spec; `{}` means no `-C`. */
  readonly specs: readonly OracleSpec[];
}

export interface ErrorLine {
  /** Host path of the file (e.g. `/etc/ssh/sshd_config`). */
  readonly path: string;
  readonly line: number;
  readonly message: string;
}

export interface OracleRun {
  readonly rc: number;
  /** Normalised stdout lines (see the module comment). Empty when sshd refused. */
  readonly lines: readonly string[];
  /** stderr lines, without the `Unable to load host key:` noise. */
  readonly stderr: readonly string[];
  /** The first stderr line naming a file and line that is not a mere warning. */
  readonly firstError: ErrorLine | null;
  /** Distinct `path:line: message` warnings (deprecated / unsupported keywords), without the reprocess repeats. */
  readonly warnings?: readonly string[];
}

/** Why the oracle cannot run on this machine, or null when it can. */
export function sshdOracleUnavailable(): string | null {
  if (process.platform !== 'linux') return 'the sshd oracle needs Linux';
  if (!existsSync(SSHD_BINARY)) return `${SSHD_BINARY} is missing (apt-get install openssh-server)`;
  if (process.getuid?.() !== 0) return 'the sshd oracle needs root (private mount namespace)';
  const probe = spawnSync('unshare', ['-m', '--propagation', 'private', 'true'], { encoding: 'utf8' });
  if (probe.status !== 0) return `unshare -m failed: ${(probe.stderr || String(probe.error)).trim()}`;
  return null;
}

/** `-C` argument for a spec, or null when the spec is empty. Keys in sshd's documented order. */
export function specArgument(spec: OracleSpec): string | null {
  const parts: string[] = [];
  if (spec.user !== undefined) parts.push(`user=${spec.user}`);
  if (spec.host !== undefined) parts.push(`host=${spec.host}`);
  if (spec.addr !== undefined) parts.push(`addr=${spec.addr}`);
  if (spec.laddr !== undefined) parts.push(`laddr=${spec.laddr}`);
  if (spec.lport !== undefined) parts.push(`lport=${spec.lport}`);
  if (spec.rdomain !== undefined) parts.push(`rdomain=${spec.rdomain}`);
  return parts.length === 0 ? null : parts.join(',');
}

export function describeSpec(spec: OracleSpec): string {
  return specArgument(spec) ?? '(no -C)';
}

const shq = (s: string): string => `'${s.replaceAll("'", `'\\''`)}'`;

/** Lines that sshd prints with a file and line number but that do not stop it. */
function isWarning(file: string, message: string): boolean {
  return file === 'reprocess config' || message.startsWith('Deprecated option ') || message.startsWith('Unsupported option ');
}

const ERROR_LINE = /^(.*?):? line (\d+): (.*)$/;

export function warningLines(stderr: readonly string[], toHostPath: (p: string) => string): string[] {
  const out = new Set<string>();
  for (const l of stderr) {
    const m = ERROR_LINE.exec(l);
    if (!m) continue;
    const [, file = '', line = '0', message = ''] = m;
    if (file === 'reprocess config' || !isWarning(file, message)) continue;
    out.add(`${toHostPath(file)}:${line}: ${message}`);
  }
  return [...out].sort();
}

export function firstErrorLine(stderr: readonly string[], toHostPath: (p: string) => string): ErrorLine | null {
  for (const l of stderr) {
    const m = ERROR_LINE.exec(l);
    if (!m) continue;
    const [, file = '', line = '0', message = ''] = m;
    if (isWarning(file, message)) continue;
    return { path: toHostPath(file), line: Number(line), message };
  }
  return null;
}

export interface SshdOracle {
  /** Results per case, then per spec, in the order given. */
  run(cases: readonly OracleCase[]): Promise<OracleRun[][]>;
  /** sshd's compiled-in HostKey list, as `hostkey …` lines. */
  readonly defaultHostKeyLines: readonly string[];
  /** CPU time (user + system, ms) that the batches' sshd runs and helpers used so far (for benchmarks). */
  childCpuMs(): number;
  dispose(): void;
}

export function createSshdOracle(options: { parallel?: number } = {}): SshdOracle {
  const work = mkdtempSync(path.join(os.tmpdir(), 'sshlint-sshd-oracle-'));
  const key = path.join(work, 'scratch_ed25519_key');
  const keygen = spawnSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', 'sshlint-oracle', '-f', key], { encoding: 'utf8' });
  if (keygen.status !== 0) throw new Error(`ssh-keygen failed: ${keygen.stderr}`);
  const empty = path.join(work, 'empty-etc-ssh');
  mkdirSync(empty);
  const nsswitch = path.join(work, 'nsswitch.conf');
  writeFileSync(nsswitch, 'passwd: files\ngroup: files\nshadow: files\nhosts: files dns\nservices: files\n');
  const defaultPasswd = path.join(work, 'passwd');
  // Every host has root (sshd needs it to expand `~` in HostKey paths); its primary group has no
  // entry in the empty group file, so `Match Group` still matches nothing.
  writeFileSync(defaultPasswd, `root:x:0:0:root:/root:/bin/sh\n${PRIVSEP_USER}`);
  const defaultGroup = path.join(work, 'group');
  writeFileSync(defaultGroup, '');
  const defaultHostKeyLines = probeDefaultHostKeys(key);
  const parallel = options.parallel ?? Math.max(1, Math.min(2, os.availableParallelism()));
  let batchNo = 0;
  let cpuMs = 0;

  function normalise(stdout: string): string[] {
    const lines = stdout.split('\n').filter((l) => l !== '');
    const scratch = `hostkey ${key}`;
    const i = lines.indexOf(scratch);
    if (i >= 0) lines.splice(i, 1);
    if (!lines.some((l) => l.startsWith('hostkey '))) {
      // sshd prints hostkey lines right after the scalar options and before the multi-valued ones;
      // where they go does not matter for a set comparison, but keep them together.
      lines.splice(i >= 0 ? i : lines.length, 0, ...defaultHostKeyLines);
    }
    return lines;
  }

  async function runBatch(cases: readonly OracleCase[]): Promise<OracleRun[][]> {
    const dir = path.join(work, `batch-${batchNo++}`);
    mkdirSync(dir);
    const script: string[] = [
      // A daemon runs with / as its working directory: relative paths (HostKey key) resolve against it.
      'cd / || exit 98',
      'mount -t tmpfs -o mode=755 tmpfs /run && mkdir -m 755 /run/sshd || exit 97',
      // Users and groups come from the files alone (no systemd-synthesised root/nobody), see hostDatabases.
      `mount --bind ${shq(nsswitch)} /etc/nsswitch.conf || exit 96`,
      `mount --bind ${shq(defaultPasswd)} /etc/passwd && mount --bind ${shq(defaultGroup)} /etc/group || exit 95`,
    ];
    const plans = cases.map((c, ci) => {
      const hostRoot = realpathSync(c.hostRoot);
      const mainPath = c.mainPath ?? '/etc/ssh/sshd_config';
      const etcSsh = path.join(hostRoot, 'etc/ssh');
      const mountSource = existsSync(etcSsh) && statSync(etcSsh).isDirectory() ? etcSsh : empty;
      // Inside /etc/ssh the mount makes host paths real paths; elsewhere use the file's real location.
      const fArg = mainPath.startsWith('/etc/ssh/') ? mainPath : path.join(hostRoot, mainPath);
      const binds = hostDatabases(hostRoot, path.join(dir, `${ci}`));
      const runs = c.specs.map((spec, si) => {
        const base = path.join(dir, `${ci}-${si}`);
        const cArg = specArgument(spec);
        const argv = [SSHD_BINARY, '-T', '-f', fArg, '-h', key, ...(cArg === null ? [] : ['-C', cArg])];
        return { base, cmd: `${argv.map(shq).join(' ')} >${shq(`${base}.out`)} 2>${shq(`${base}.err`)}; echo $? >${shq(`${base}.rc`)}` };
      });
      const mounts = [[mountSource, '/etc/ssh'], ...binds].map(([from, to]) => `mount --bind ${shq(from!)} ${to!}`).join(' && ');
      const unmounts = ['/etc/ssh', ...binds.map(([, to]) => to)].map((t) => `umount ${t}`).join('; ');
      script.push(`if ${mounts}; then`, ...runs.map((r) => `  ${r.cmd}`), `  ${unmounts}`, 'else', `  ${unmounts} 2>/dev/null`, 'fi');
      return { hostRoot, runs };
    });
    const scriptPath = path.join(dir, 'run.sh');
    // `times` reports the CPU time of the shell's children (every sshd, mount and umount) on its 2nd line.
    writeFileSync(scriptPath, `${script.join('\n')}\ntimes >${shq(path.join(dir, 'times'))}\n`);
    const { code, stderr } = await spawnAsync('unshare', ['-m', '--propagation', 'private', 'sh', scriptPath]);
    if (code !== 0) throw new Error(`sshd oracle batch failed (rc ${code}): ${stderr}`);
    cpuMs += childTimes(readFileSync(path.join(dir, 'times'), 'utf8'));
    const out = plans.map((p) =>
      p.runs.map((r): OracleRun => {
        if (!existsSync(`${r.base}.rc`)) throw new Error(`sshd oracle: bind mount failed for ${p.hostRoot}`);
        const rc = Number(readFileSync(`${r.base}.rc`, 'utf8').trim());
        const stderrLines = readFileSync(`${r.base}.err`, 'utf8')
          .split('\n')
          // sshd's logger ends stderr lines with CR LF.
          .map((l) => l.replace(/\r$/, ''))
          .filter((l) => l !== '' && !l.startsWith('Unable to load host key: '));
        // sshd names an included file as its Include spelled it (`/etc/ssh/../ssh/x.conf`); the same file
        // is what matters, so `.` and `..` are resolved before comparing.
        const toHostPath = (file: string): string => {
          const host = file.startsWith(`${p.hostRoot}/`) ? file.slice(p.hostRoot.length) : file;
          return host.startsWith('/') ? path.posix.normalize(host) : host;
        };
        return {
          rc,
          lines: rc === 0 ? normalise(readFileSync(`${r.base}.out`, 'utf8')) : [],
          stderr: stderrLines,
          firstError: firstErrorLine(stderrLines, toHostPath),
          warnings: warningLines(stderrLines, toHostPath),
        };
      }),
    );
    rmSync(dir, { recursive: true, force: true });
    return out;
  }

  return {
    defaultHostKeyLines,
    childCpuMs: () => cpuMs,
    async run(cases) {
      // Split into `parallel` contiguous chunks of about equal size, one namespace each.
      const size = Math.ceil(cases.length / parallel) || 1;
      const chunks: OracleCase[][] = [];
      for (let i = 0; i < cases.length; i += size) chunks.push(cases.slice(i, i + size));
      const results = await Promise.all(chunks.map((c) => runBatch(c)));
      return results.flat();
    },
    dispose() {
      rmSync(work, { recursive: true, force: true });
    },
  };
}

/**
 * `Match Group` asks the system's user and group databases, and `Port ssh` its services database; sshlint
 * reads those from the host tree. So that both sides see the same host, the tree's `etc/passwd`,
 * `etc/group` and `etc/services` are bind-mounted over the machine's, and nsswitch.conf is replaced by one
 * that reads files only (Debian's default also asks systemd, which invents root and nobody). A tree without
 * a passwd file gets one with only root and the `sshd` privilege-separation user (sshd refuses to start
 * without it), and without a group file an empty one: then no user has a named group, as in sshlint's
 * empty database. A tree's own passwd gets the `sshd` user appended when it lacks one (no group names it,
 * so no answer changes).
 */
const PRIVSEP_USER = 'sshd:x:101:65534::/run/sshd:/usr/sbin/nologin\n';

function hostDatabases(hostRoot: string, scratchPrefix: string): [string, string][] {
  const treeFile = (name: string): string | null => {
    const p = path.join(hostRoot, 'etc', name);
    return existsSync(p) && statSync(p).isFile() ? p : null;
  };
  // Trees without these files use the batch-wide defaults mounted once (see runBatch): no per-case cost.
  const binds: [string, string][] = [];
  const passwd = treeFile('passwd');
  if (passwd !== null) {
    const text = readFileSync(passwd, 'utf8');
    const out = `${scratchPrefix}.passwd`;
    writeFileSync(out, /^sshd:/m.test(text) ? text : `${text}${text === '' || text.endsWith('\n') ? '' : '\n'}${PRIVSEP_USER}`);
    binds.push([out, '/etc/passwd']);
  }
  const group = treeFile('group');
  if (group !== null) binds.push([group, '/etc/group']);
  const services = treeFile('services');
  // (A bind mount needs an existing target; a machine without /etc/services keeps sshd's own lookup.)
  if (services !== null && existsSync('/etc/services')) binds.push([services, '/etc/services']);
  return binds;
}

/**
 * sshd's compiled-in HostKey list, read from the real sshd: in a private namespace with an empty
 * config and only our scratch key installed as /etc/ssh/ssh_host_ed25519_key, run `sshd -T` without
 * `-h`. The other default keys are missing, which sshd reports on stderr but still prints.
 */
function probeDefaultHostKeys(key: string): string[] {
  const script = [
    'mount -t tmpfs -o mode=755 tmpfs /run && mkdir -m 755 /run/sshd',
    'mount -t tmpfs -o mode=755 tmpfs /etc/ssh',
    `cp ${shq(key)} /etc/ssh/ssh_host_ed25519_key && : >/etc/ssh/sshd_config`,
    `exec ${SSHD_BINARY} -T -f /etc/ssh/sshd_config`,
  ].join(' && ');
  const r = spawnSync('unshare', ['-m', '--propagation', 'private', 'sh', '-c', script], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`probing sshd's default host keys failed (rc ${r.status}): ${r.stderr}`);
  const lines = r.stdout.split('\n').filter((l) => l.startsWith('hostkey '));
  if (lines.length === 0) throw new Error('sshd printed no default hostkey lines');
  return lines;
}

/** Sum of the children's user and system times in the output of the shell's `times` (`0m1.234s 0m0.567s`). */
function childTimes(text: string): number {
  const line = text.split('\n')[1] ?? '';
  let ms = 0;
  for (const m of line.matchAll(/(\d+)m([\d.]+)s/g)) ms += (Number(m[1]) * 60 + Number(m[2])) * 1000;
  return ms;
}

function spawnAsync(cmd: string, args: string[]): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stderr }));
  });
}
