/**
 * Reduces a failing generated case to a small one that still fails the same way: greedily drops files and
 * lines while sshd and sshlint still disagree with the same kind of mismatch. Runs only on failure.
 */
import { compareRun } from './compare.js';
import type { Mismatch } from './compare.js';
import { hostFsForDir, runOurs } from './ours.js';
import type { OracleSpec, SshdOracle } from './sshd.js';
import type { HostFiles } from './tree.js';
import { writeHostTree } from './tree.js';

export async function shrinkCase(
  oracle: SshdOracle,
  scratch: string,
  files: HostFiles,
  spec: OracleSpec,
  kind: Mismatch['kind'],
  budget = 150,
  ours: typeof runOurs = runOurs,
): Promise<{ files: HostFiles; mismatch: Mismatch | null; attempts: number }> {
  let attempts = 0;
  const failsSame = async (candidate: HostFiles): Promise<Mismatch | null> => {
    attempts++;
    const root = writeHostTree(`${scratch}/shrink-${attempts}`, candidate);
    const [[real]] = (await oracle.run([{ hostRoot: root, specs: [spec] }])) as [[Parameters<typeof compareRun>[0]]];
    const [mine] = ours(hostFsForDir(root), '/etc/ssh/sshd_config', [spec]);
    const m = compareRun(real, mine!);
    return m?.kind === kind ? m : null;
  };
  let current: Record<string, string> = { ...files };
  let last: Mismatch | null = null;
  // Whole files first (except the main one), then single lines, until a pass removes nothing.
  for (const p of Object.keys(current)) {
    if (p === '/etc/ssh/sshd_config' || attempts >= budget) continue;
    const { [p]: _dropped, ...without } = current;
    const m = await failsSame(without);
    if (m) {
      current = without;
      last = m;
    }
  }
  let progress = true;
  while (progress && attempts < budget) {
    progress = false;
    for (const p of Object.keys(current)) {
      const lines = (current[p] ?? '').split('\n');
      for (let i = lines.length - 1; i >= 0 && attempts < budget; i--) {
        const candidate = { ...current, [p]: [...lines.slice(0, i), ...lines.slice(i + 1)].join('\n') };
        const m = await failsSame(candidate);
        if (m) {
          current = candidate;
          lines.splice(i, 1);
          last = m;
          progress = true;
        }
      }
    }
  }
  return { files: current, mismatch: last, attempts };
}
