/**
 * Whole-repo benchmark: a generated repository of N hosts linted by `runLint` in this process, the way the CLI and
 * the Action run it (walk, discovery, hosts, models, every enabled rule, suppressions, sorting).
 *
 *   npx tsx bench/repo.ts [--hosts 100,1000,3000] [--runs 5] [--seed 1] [--presets recommended,strict] [--keep]
 *
 * Each host is `hosts/<name>/etc/...`: a Debian-like main sshd_config with `Include /etc/ssh/sshd_config.d/*.conf`,
 * one to three drop-ins, zero to four Match blocks spread over them; a third of the hosts also carry
 * `etc/iptables/rules.v4`, a quarter `etc/fail2ban/jail.local`. Prints a Markdown table: median of `--runs` runs
 * after one warm-up run, wall-clock and CPU time of this process (the CPU time is what a loaded machine disturbs
 * least). `--keep` leaves the generated repo in place (to profile it with `node --cpu-prof`).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runLint } from '../src/engine/run.js';

const { values } = parseArgs({
  options: {
    hosts: { type: 'string', default: '100,1000,3000' },
    runs: { type: 'string', default: '5' },
    seed: { type: 'string', default: '1' },
    presets: { type: 'string', default: 'recommended,strict' },
    keep: { type: 'boolean', default: false },
  },
});
const SIZES = values.hosts.split(',').map(Number);
const RUNS = Math.max(1, Number(values.runs));
const SEED = Number(values.seed);
const PRESETS = values.presets.split(',');

/** mulberry32: a small deterministic PRNG, so every run lints the same repo. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
const int = (r: Rand, lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));

const MAIN_HEAD = `# This is the sshd server system-wide configuration file.  See
# sshd_config(5) for more information.

Include /etc/ssh/sshd_config.d/*.conf

`;

/** Global lines a drop-in or the main file may carry (some hardened, some weak, some the Debian defaults). */
const GLOBAL_LINES = [
  ['#Port 22', 'Port 22', 'Port 2222'],
  ['#PermitRootLogin prohibit-password', 'PermitRootLogin no', 'PermitRootLogin yes'],
  ['#PasswordAuthentication yes', 'PasswordAuthentication no', 'PasswordAuthentication yes'],
  ['KbdInteractiveAuthentication no'],
  ['UsePAM yes'],
  ['X11Forwarding yes', 'X11Forwarding no'],
  ['PrintMotd no'],
  ['AcceptEnv LANG LC_*'],
  ['Subsystem sftp /usr/lib/openssh/sftp-server', 'Subsystem sftp internal-sftp'],
  ['#MaxAuthTries 6', 'MaxAuthTries 3', 'MaxAuthTries 10'],
  ['#LogLevel INFO', 'LogLevel VERBOSE'],
  ['#ClientAliveInterval 0', 'ClientAliveInterval 300'],
  ['#ClientAliveCountMax 3', 'ClientAliveCountMax 2'],
  ['#AllowTcpForwarding yes', 'AllowTcpForwarding no'],
  ['#AllowAgentForwarding yes', 'AllowAgentForwarding no'],
  ['#LoginGraceTime 2m', 'LoginGraceTime 30'],
  ['#UseDNS no', 'UseDNS yes'],
  ['#HostKey /etc/ssh/ssh_host_ed25519_key', 'HostKey /etc/ssh/ssh_host_ed25519_key'],
  ['#Ciphers aes256-gcm@openssh.com', 'Ciphers chacha20-poly1305@openssh.com,aes256-gcm@openssh.com,aes128-ctr', 'Ciphers +aes128-cbc'],
  ['#MACs hmac-sha2-256', 'MACs hmac-sha2-512-etm@openssh.com,hmac-sha2-256-etm@openssh.com', 'MACs +hmac-sha1'],
  ['#KexAlgorithms sntrup761x25519-sha512@openssh.com', 'KexAlgorithms curve25519-sha256,sntrup761x25519-sha512@openssh.com'],
  ['#Banner none', 'Banner /etc/issue.net'],
  ['#PermitEmptyPasswords no', 'PermitEmptyPasswords no'],
  ['#MaxStartups 10:30:100', 'MaxStartups 10:30:60'],
];

const MATCH_HEADS = [
  'Match User backup',
  'Match Group sftponly',
  'Match Address 10.0.0.0/8,192.168.0.0/16',
  'Match User deploy Address 10.1.2.0/24',
  'Match LocalPort 2222',
  'Match Host *.internal.example.com',
  'Match User git',
  'Match Address 203.0.113.0/24',
];
const MATCH_BODIES = [
  ['PasswordAuthentication yes', 'PermitRootLogin no'],
  ['ChrootDirectory /srv/sftp/%u', 'ForceCommand internal-sftp', 'AllowTcpForwarding no', 'X11Forwarding no'],
  ['PermitRootLogin prohibit-password', 'MaxAuthTries 4'],
  ['AuthenticationMethods publickey', 'PermitTTY no'],
  ['X11Forwarding yes', 'AllowAgentForwarding yes'],
  ['PasswordAuthentication no', 'KbdInteractiveAuthentication no', 'Banner none'],
];

function sshdFiles(r: Rand): Record<string, string> {
  const lines = (count: number): string[] => {
    const out: string[] = [];
    for (let i = 0; i < count; i++) out.push(pick(r, pick(r, GLOBAL_LINES)));
    return out;
  };
  const matchBlock = (): string => `${pick(r, MATCH_HEADS)}\n${pick(r, MATCH_BODIES).map((l) => `    ${l}`).join('\n')}\n`;
  const files: Record<string, string> = {};
  const dropins = int(r, 1, 3);
  let matches = int(r, 0, 4);
  for (let i = 0; i < dropins; i++) {
    const name = pick(r, ['10-hardening', '20-crypto', '50-cloud-init', '60-auth', '90-local']) + (i > 0 ? `-${i}` : '');
    let body = `# managed by configuration management\n${lines(int(r, 2, 8)).join('\n')}\n`;
    // Match blocks at the end of a drop-in (an earlier one would swallow the rest of the file).
    if (matches > 0 && r() < 0.4) {
      body += `\n${matchBlock()}`;
      matches--;
    }
    files[`etc/ssh/sshd_config.d/${name}.conf`] = body;
  }
  let main = MAIN_HEAD + lines(int(r, 10, 25)).join('\n') + '\n';
  for (; matches > 0; matches--) main += `\n${matchBlock()}`;
  files['etc/ssh/sshd_config'] = main;
  return files;
}

function iptables(r: Rand): string {
  const out = ['*filter', `:INPUT ${pick(r, ['DROP', 'ACCEPT'])} [0:0]`, ':FORWARD DROP [0:0]', ':OUTPUT ACCEPT [0:0]'];
  out.push('-A INPUT -i lo -j ACCEPT', '-A INPUT -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT');
  for (let i = int(r, 2, 20); i > 0; i--) {
    out.push(`-A INPUT -s 10.${int(r, 0, 255)}.${int(r, 0, 255)}.0/24 -p tcp -m tcp --dport ${pick(r, [22, 80, 443, 2222, 5432])} -j ACCEPT`);
  }
  if (r() < 0.5) out.push('-A INPUT -p tcp -m tcp --dport 22 -m conntrack --ctstate NEW -m recent --set --name ssh --rsource');
  out.push(`-A INPUT -p tcp -m tcp --dport 22 -j ${pick(r, ['ACCEPT', 'DROP'])}`);
  if (r() < 0.5) out.push('-A INPUT -j REJECT --reject-with icmp-port-unreachable');
  out.push('COMMIT', '');
  return out.join('\n');
}

function jailLocal(r: Rand): string {
  return `[DEFAULT]
bantime = ${pick(r, ['10m', '1h', '600', '1d'])}
findtime = ${pick(r, ['10m', '600', '1h'])}
maxretry = ${int(r, 3, 10)}
backend = systemd

[sshd]
enabled = ${pick(r, ['true', 'true', 'false'])}
port = ${pick(r, ['ssh', '22', '2222'])}
${r() < 0.3 ? 'mode = aggressive\n' : ''}`;
}

/** Write a repo of `n` hosts under a fresh temp folder; returns the folder. */
function generateRepo(n: number, seed: number): { dir: string; bytes: number; files: number } {
  const dir = mkdtempSync(path.join(os.tmpdir(), `sshlint-bench-repo-${n}-`));
  mkdirSync(path.join(dir, '.git'));
  const r = prng(seed ^ n);
  let bytes = 0;
  let files = 0;
  for (let h = 0; h < n; h++) {
    const hostDir = path.join(dir, 'hosts', `host-${String(h).padStart(5, '0')}`);
    const content: Record<string, string> = sshdFiles(r);
    if (r() < 1 / 3) content['etc/iptables/rules.v4'] = iptables(r);
    if (r() < 1 / 4) content['etc/fail2ban/jail.local'] = jailLocal(r);
    for (const [rel, text] of Object.entries(content)) {
      const p = path.join(hostDir, rel);
      mkdirSync(path.dirname(p), { recursive: true });
      writeFileSync(p, text);
      bytes += text.length;
      files++;
    }
  }
  return { dir, bytes, files };
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

async function lintOnce(dir: string, preset: string): Promise<{ wall: number; cpu: number; findings: number }> {
  writeFileSync(path.join(dir, '.sshlint.yml'), `extends: ${preset}\n`);
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const out = await runLint({ cwd: dir, paths: ['.'] });
  const c = process.cpuUsage(c0);
  return { wall: performance.now() - t0, cpu: (c.user + c.system) / 1000, findings: out.result.findings.length };
}

const rows: string[] = [];
const fmt = (x: number): string => (x >= 100 ? x.toFixed(0) : x.toFixed(1));
for (const n of SIZES) {
  const repo = generateRepo(n, SEED);
  try {
    for (const preset of PRESETS) {
      await lintOnce(repo.dir, preset); // warm-up: module loading and JIT are not what we measure
      const runs: { wall: number; cpu: number; findings: number }[] = [];
      for (let i = 0; i < RUNS; i++) runs.push(await lintOnce(repo.dir, preset));
      const wall = median(runs.map((x) => x.wall));
      const cpu = median(runs.map((x) => x.cpu));
      const findings = runs[0]?.findings ?? 0;
      console.error(`${n} hosts, ${preset}: wall ${fmt(wall)} ms, CPU ${fmt(cpu)} ms, ${findings} findings`);
      rows.push(
        `| ${n.toLocaleString('en')} | ${repo.files.toLocaleString('en')} | ${preset} | ${findings.toLocaleString('en')} | ${fmt(wall)} | ${fmt(cpu)} | ${((cpu / n) * 1000).toFixed(0)} |`,
      );
    }
  } finally {
    if (values.keep) console.error(`kept ${repo.dir}`);
    else rmSync(repo.dir, { recursive: true, force: true });
  }
}

const cpuModel = os.cpus()[0]?.model ?? 'unknown CPU';
console.log(`Machine: ${os.cpus().length} × ${cpuModel}, Node ${process.version}; load average at the end: ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}`);
console.log(`Median of ${RUNS} runs after one warm-up, seed ${SEED}.\n`);
console.log('| hosts | files | preset | findings | wall ms | CPU ms | CPU µs per host |');
console.log('|---:|---:|---|---:|---:|---:|---:|');
for (const r of rows) console.log(r);
