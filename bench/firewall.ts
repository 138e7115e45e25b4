/**
 * Benchmark: parse and evaluate a kube-proxy style iptables-save dump of N rules (default 50,000).
 *   npx tsx bench/firewall.ts [N]          prints timings (median of 5 runs) as JSON
 *   npx tsx bench/firewall.ts --dump [N]   prints the generated dump
 * Bundled as the action ships (plain node, no per-closure naming cost of tsx):
 *   npx ncc build bench/firewall.ts -o <dir> && node <dir>/index.js [N]
 * cpuMs (process.cpuUsage, garbage collector threads included) is the number to compare on a shared machine.
 * The dump mimics what kube-proxy writes for many Services: nat KUBE-SERVICES → KUBE-SVC-* (statistic
 * load-balancing) → KUBE-SEP-* (DNAT), filter KUBE-FIREWALL / KUBE-NODEPORTS / KUBE-EXTERNAL-SERVICES in INPUT.
 */
import { loadIptablesText } from '../src/model/firewall/iptables.js';
import { createFirewallModel } from '../src/model/firewall/index.js';

function hash(i: number): string {
  let x = (i * 2654435761) >>> 0;
  let s = '';
  for (let k = 0; k < 16; k++) {
    s += 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'[x & 31];
    x = Math.imul(x ^ (x >>> 13), 1597334677) >>> 0;
  }
  return s;
}

export function kubeProxyDump(rules: number): string {
  const nat: string[] = ['*nat', ':PREROUTING ACCEPT [0:0]', ':INPUT ACCEPT [0:0]', ':OUTPUT ACCEPT [0:0]', ':POSTROUTING ACCEPT [0:0]', ':KUBE-SERVICES - [0:0]', ':KUBE-MARK-MASQ - [0:0]', ':KUBE-POSTROUTING - [0:0]'];
  const natRules: string[] = [
    '-A PREROUTING -m comment --comment "kubernetes service portals" -j KUBE-SERVICES',
    '-A OUTPUT -m comment --comment "kubernetes service portals" -j KUBE-SERVICES',
    '-A POSTROUTING -m comment --comment "kubernetes postrouting rules" -j KUBE-POSTROUTING',
    '-A KUBE-MARK-MASQ -j MARK --set-xmark 0x4000/0x4000',
    '-A KUBE-POSTROUTING -m mark ! --mark 0x4000/0x4000 -j RETURN',
    '-A KUBE-POSTROUTING -j MASQUERADE --random-fully',
  ];
  const filter: string[] = ['*filter', ':INPUT ACCEPT [0:0]', ':FORWARD ACCEPT [0:0]', ':OUTPUT ACCEPT [0:0]', ':KUBE-FIREWALL - [0:0]', ':KUBE-NODEPORTS - [0:0]', ':KUBE-EXTERNAL-SERVICES - [0:0]'];
  const filterRules: string[] = [
    '-A INPUT -m conntrack --ctstate NEW -m comment --comment "kubernetes load balancer firewall" -j KUBE-EXTERNAL-SERVICES',
    '-A INPUT -m comment --comment "kubernetes health check service ports" -j KUBE-NODEPORTS',
    '-A INPUT -j KUBE-FIREWALL',
    '-A KUBE-FIREWALL ! -s 127.0.0.0/8 -d 127.0.0.0/8 -m comment --comment "block incoming localnet connections" -m conntrack ! --ctstate RELATED,ESTABLISHED,DNAT -j DROP',
  ];
  let count = natRules.length + filterRules.length;
  for (let svc = 0; count < rules; svc++) {
    const name = `ns${svc % 97}/svc-${svc}:http`;
    const svcChain = `KUBE-SVC-${hash(svc)}`;
    const ip = `10.${96 + ((svc >> 16) & 15)}.${(svc >> 8) & 255}.${svc & 255}`;
    const port = 1024 + (svc % 50000);
    nat.push(`:${svcChain} - [0:0]`);
    natRules.push(`-A KUBE-SERVICES -d ${ip}/32 -p tcp -m comment --comment "${name} cluster IP" -m tcp --dport ${port} -j ${svcChain}`);
    natRules.push(`-A ${svcChain} ! -s 10.244.0.0/16 -d ${ip}/32 -p tcp -m comment --comment "${name} cluster IP" -m tcp --dport ${port} -j KUBE-MARK-MASQ`);
    count += 2;
    const endpoints = 3;
    for (let e = 0; e < endpoints; e++) {
      const sep = `KUBE-SEP-${hash(svc * 8 + e + 1_000_000)}`;
      const ep = `10.244.${(svc * 3 + e) % 250}.${(svc + e) % 250 + 2}`;
      nat.push(`:${sep} - [0:0]`);
      const prob = e === endpoints - 1 ? '' : ` -m statistic --mode random --probability ${(1 / (endpoints - e)).toFixed(11)}`;
      natRules.push(`-A ${svcChain} -m comment --comment "${name} -> ${ep}:8080"${prob} -j ${sep}`);
      natRules.push(`-A ${sep} -s ${ep}/32 -m comment --comment "${name}" -j KUBE-MARK-MASQ`);
      natRules.push(`-A ${sep} -p tcp -m comment --comment "${name}" -m tcp -j DNAT --to-destination ${ep}:8080`);
      count += 3;
    }
    if (svc % 10 === 0) {
      filterRules.push(`-A KUBE-NODEPORTS -p tcp -m comment --comment "${name} health check node port" -m tcp --dport ${30000 + (svc % 2767)} -j ACCEPT`);
      count++;
    }
  }
  return [...nat, ...natRules, 'COMMIT', ...filter, ...filterRules, 'COMMIT', ''].join('\n');
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

async function main(argv: string[]): Promise<void> {
  const dump = argv.includes('--dump');
  const n = Number(argv.find((a) => /^\d+$/.test(a)) ?? 50_000);
  const text = kubeProxyDump(n);
  if (dump) {
    process.stdout.write(text);
    return;
  }
  const runs: { load: number; reach: number; total: number; cpu: number }[] = [];
  let rules = 0;
  for (let i = 0; i < 6; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    // One pass: each line is parsed and lowered before the next is read.
    const low = loadIptablesText(text, { file: 'etc/iptables/rules.v4', family: 4 });
    const t1 = performance.now();
    const t2 = t1;
    const model = createFirewallModel([low.ruleset], low.diagnostics, ['etc/iptables/rules.v4']);
    model.reach({ family: 4, port: 22 });
    const t3 = performance.now();
    rules = [...low.ruleset.chains.values()].reduce((k, c) => k + c.rules.length, 0);
    const c = process.cpuUsage(c0);
    if (i > 0) runs.push({ load: t1 - t0, reach: t3 - t2, total: t3 - t0, cpu: (c.user + c.system) / 1000 });
  }
  const out = {
    rules,
    bytes: text.length,
    /** parse + lower (validation included) */
    loadMs: Math.round(median(runs.map((r) => r.load))),
    reachMs: Math.round(median(runs.map((r) => r.reach))),
    totalMs: Math.round(median(runs.map((r) => r.total))),
    /** CPU time of this process for one parse+lower+reach (the machine may be shared). */
    cpuMs: Math.round(median(runs.map((r) => r.cpu))),
    loadAverage: Number((await import('node:os')).loadavg()[0]?.toFixed(1)),
    node: process.version,
  };
  process.stdout.write(`${JSON.stringify(out)}\n`);
}

await main(process.argv.slice(2));
