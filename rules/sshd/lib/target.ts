/** Target facts the rules need beyond the effective config, read from the sshd model's target data. */
import { getSshdTarget } from '../../../src/model/sshd/index.js';
import type { TargetName } from '../../../src/model/targets.js';
import { isPostQuantumKex } from './algorithms.js';

/** Post-quantum hybrid key exchanges the target's sshd supports, ML-KEM first (the standardised, newer default). */
export function postQuantumKex(target: TargetName): string[] {
  return getSshdTarget(target)
    .algorithms.kex.all.filter(isPostQuantumKex)
    .sort((a, b) => Number(b.startsWith('mlkem768x25519')) - Number(a.startsWith('mlkem768x25519')));
}
