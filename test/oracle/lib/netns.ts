import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * Kernel reachability oracle: load rulesets into the server side of a throw-away pair of network namespaces
 * joined by a veth created inside them (nothing touches the host's namespace or real networks), listen on
 * every probed port, connect from the client namespace, and report what the client saw.
 * Generic over loaders: any command that reads a ruleset on stdin (iptables-nft-restore, ip6tables-legacy-restore,
 * `nft -f -`, ...). Each run uses fresh namespaces, so one backend per namespace.
 */

export const ADDRESSES = {
  4: { server: '10.200.0.1', client: '10.200.0.2' },
  6: { server: 'fd00:200::1', client: 'fd00:200::2' },
} as const;

/** As the client sees it: open = the server's banner arrived; stalled = TCP connected but no banner came. */
export type KernelResult = 'open' | 'refused' | 'unreachable' | 'timeout' | 'stalled' | `error:${string}`;

export interface RulesetLoad {
  /** argv; the ruleset text is fed on stdin. */
  readonly command: readonly string[];
  readonly text: string;
}

export interface ProbeSpec {
  readonly family: 4 | 6;
  readonly port: number;
}

export interface ProbeRun {
  readonly loads: readonly RulesetLoad[];
  readonly probes: readonly ProbeSpec[];
  /** Extra ports to listen on (targets of REDIRECT/DNAT). */
  readonly listen?: readonly number[];
  /** Server-side interface name (default eth0). */
  readonly iface?: string;
  /**
   * Connect timeout per probe (default 400 ms); a DROP costs this much, all probes run in parallel.
   * IPv6 probes wait at least 1.5 s: over a veth the ICMPv6 error for the first SYN arrives while connect()
   * still holds the socket, so Linux records it as a soft error and reports it only after the SYN is
   * retransmitted (initial RTO 1 s).
   */
  readonly timeoutMs?: number;
}

export interface ProbeReport {
  /** False when a loader failed: `loadError` has its stderr, `results` is empty. */
  readonly loaded: boolean;
  readonly loadError?: string;
  readonly results: readonly (ProbeSpec & { readonly result: KernelResult })[];
}

const PY = '/usr/bin/python3';

const LISTENER = `
import socket, selectors, sys
sel = selectors.DefaultSelector()
for p in sys.argv[1:]:
    for fam, addr in ((socket.AF_INET, "0.0.0.0"), (socket.AF_INET6, "::")):
        s = socket.socket(fam)
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        if fam == socket.AF_INET6:
            s.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1)
        s.bind((addr, int(p))); s.listen(64); sel.register(s, selectors.EVENT_READ)
print("READY", flush=True)
while True:
    for k, _ in sel.select():
        c, _ = k.fileobj.accept()
        try: c.sendall(b"SSH-2.0-probe\\r\\n")
        except OSError: pass
        c.close()
`;

const PROBER = `
import socket, sys, errno
from concurrent.futures import ThreadPoolExecutor
timeouts = {"4": float(sys.argv[1]), "6": max(float(sys.argv[1]), 1.5)}; hosts = {"4": sys.argv[2], "6": sys.argv[3]}
probes = [a.split("/") for a in sys.argv[4:]]
def probe(fp):
    fam, port = fp
    s = socket.socket(socket.AF_INET if fam == "4" else socket.AF_INET6); s.settimeout(timeouts[fam])
    try:
        s.connect((hosts[fam], int(port)))
    except socket.timeout: return "timeout"
    except ConnectionRefusedError: return "refused"
    except OSError as e:
        if e.errno in (errno.EHOSTUNREACH, errno.ENETUNREACH, errno.EACCES, errno.EPERM): return "unreachable"
        return "error:" + errno.errorcode.get(e.errno, str(e.errno))
    # Connected: like an ssh client, wait for the server's banner (needs the rest of the handshake to get through).
    s.settimeout(2.0)  # the listener may be slow to send under load; a stalled handshake never sends at all
    try:
        return "open" if s.recv(64).startswith(b"SSH-") else "error:nobanner"
    except socket.timeout: return "stalled"
    except ConnectionRefusedError: return "refused"
    except OSError as e:
        if e.errno in (errno.EHOSTUNREACH, errno.ENETUNREACH, errno.EACCES, errno.EPERM): return "unreachable"
        return "error:" + errno.errorcode.get(e.errno, str(e.errno))
    finally: s.close()
with ThreadPoolExecutor(max_workers=max(1, len(probes))) as ex:
    for (fam, port), r in zip(probes, ex.map(probe, probes)):
        print(fam, port, r, flush=True)
`;

/** Why the oracle cannot run here, or null when it can. */
export function netnsUnavailable(loaders: readonly string[] = ['iptables-nft-restore']): string | null {
  if (process.getuid?.() !== 0) return 'network namespaces need root';
  for (const cmd of ['ip', PY, ...loaders]) {
    const r = spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' });
    if (r.status !== 0) return `${cmd} is not installed`;
  }
  return null;
}

let counter = 0;

function script(ns: { s: string; c: string }, dir: string, run: ProbeRun): string {
  const iface = run.iface ?? 'eth0';
  const ports = [...new Set([...run.probes.map((p) => p.port), ...(run.listen ?? [])])];
  const S = ns.s;
  const C = ns.c;
  const lines = [
    'set -u',
    'LPID=',
    // Namespaces, listener and temp dir go even when the test runner abandons the probe (it is killed).
    `cleanup() { [ -n "$LPID" ] && kill "$LPID" 2>/dev/null; wait 2>/dev/null; ip netns del ${S} 2>/dev/null; ip netns del ${C} 2>/dev/null; rm -rf '${dir}'; }`,
    'trap cleanup EXIT',
    "trap 'exit 130' INT TERM HUP",
    `ip netns add ${S} && ip netns add ${C} || exit 2`,
    `ip link add ${iface} netns ${S} address 02:00:00:00:20:01 type veth peer name veth0 netns ${C} address 02:00:00:00:20:02 || exit 2`,
    `ip -n ${S} addr add ${ADDRESSES[4].server}/32 dev ${iface}`,
    `ip -n ${C} addr add ${ADDRESSES[4].client}/32 dev veth0`,
    `ip -n ${S} -6 addr add ${ADDRESSES[6].server}/128 dev ${iface} nodad`,
    `ip -n ${C} -6 addr add ${ADDRESSES[6].client}/128 dev veth0 nodad`,
    `ip -n ${S} link set lo up; ip -n ${C} link set lo up; ip -n ${S} link set ${iface} up; ip -n ${C} link set veth0 up`,
    `ip -n ${S} route add ${ADDRESSES[4].client}/32 dev ${iface}; ip -n ${C} route add ${ADDRESSES[4].server}/32 dev veth0`,
    `ip -n ${S} -6 route add ${ADDRESSES[6].client}/128 dev ${iface}; ip -n ${C} -6 route add ${ADDRESSES[6].server}/128 dev veth0`,
    // ICMP errors are rate-limited per destination; parallel probes of REJECT rules must all get theirs.
    `ip netns exec ${S} sysctl -qw net.ipv4.icmp_ratelimit=0 net.ipv6.icmp.ratelimit=0`,
    // Static neighbours: the rules under test must not be able to break ARP/ND and turn every probe into a timeout.
    `ip -n ${S} neigh replace ${ADDRESSES[4].client} lladdr 02:00:00:00:20:02 dev ${iface} nud permanent`,
    `ip -n ${C} neigh replace ${ADDRESSES[4].server} lladdr 02:00:00:00:20:01 dev veth0 nud permanent`,
    `ip -n ${S} -6 neigh replace ${ADDRESSES[6].client} lladdr 02:00:00:00:20:02 dev ${iface} nud permanent`,
    `ip -n ${C} -6 neigh replace ${ADDRESSES[6].server} lladdr 02:00:00:00:20:01 dev veth0 nud permanent`,
    `ip netns exec ${S} ${PY} -c "$(cat ${dir}/listen.py)" ${ports.join(' ')} > ${dir}/listen.log 2>&1 &`,
    'LPID=$!',
    `for _ in $(seq 100); do grep -q READY ${dir}/listen.log 2>/dev/null && break; sleep 0.01; done`,
    `grep -q READY ${dir}/listen.log || { cat ${dir}/listen.log >&2; exit 2; }`,
  ];
  run.loads.forEach((l, i) => {
    const argv = l.command.map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
    lines.push(`XTABLES_LOCKFILE=${dir}/xtables.lock ip netns exec ${S} ${argv} < ${dir}/rules.${i} 2> ${dir}/load.err || { echo LOADFAIL ${i}; cat ${dir}/load.err; exit 0; }`);
  });
  const probes = run.probes.map((p) => `${p.family}/${p.port}`).join(' ');
  lines.push(`ip netns exec ${C} ${PY} -c "$(cat ${dir}/probe.py)" ${(run.timeoutMs ?? 400) / 1000} ${ADDRESSES[4].server} ${ADDRESSES[6].server} ${probes}`);
  return lines.join('\n');
}

/** Run one probe: fresh namespaces, load, listen, connect, clean up. */
export function probeRulesets(run: ProbeRun): Promise<ProbeReport> {
  const dir = mkdtempSync(path.join(tmpdir(), 'sshlint-netns-'));
  const id = `${process.pid}x${counter++}`;
  const ns = { s: `slS${id}`, c: `slC${id}` };
  writeFileSync(path.join(dir, 'listen.py'), LISTENER);
  writeFileSync(path.join(dir, 'probe.py'), PROBER);
  run.loads.forEach((l, i) => writeFileSync(path.join(dir, `rules.${i}`), l.text));
  const body = script(ns, dir, run);
  return new Promise((resolve, reject) => {
    execFile('bash', ['-c', body], { encoding: 'utf8', timeout: 60_000 }, (err, stdout, stderr) => {
      rmSync(dir, { recursive: true, force: true });
      const out = stdout.split('\n').filter(Boolean);
      if (out[0]?.startsWith('LOADFAIL')) {
        resolve({ loaded: false, loadError: out.slice(1).join('\n'), results: [] });
        return;
      }
      if (err) {
        reject(new Error(`netns probe failed: ${err.message}\n${stderr}`));
        return;
      }
      const results = out.map((line) => {
        const [fam, port, result] = line.split(' ');
        return { family: fam === '6' ? 6 : 4, port: Number(port), result: (result ?? 'error:none') as KernelResult } as const;
      });
      resolve({ loaded: true, results });
    });
  });
}

/** Run many probes with bounded concurrency (probes mostly wait on timeouts, so a few at a time is fine on 2 cores). */
export async function probeAll<T>(items: readonly T[], concurrency: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const workers = Array.from({ length: Math.min(concurrency, items.length) }, async () => {
    while (next < items.length) {
      const item = items[next++] as T;
      await fn(item);
    }
  });
  await Promise.all(workers);
}
