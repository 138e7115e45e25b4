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

/**
 * Whether DisableForwarding also turns off X11 and agent forwarding on this target. Before OpenSSH 10.0 it did not
 * (CVE-2025-32728, fixed upstream in 10.0p1). Debian 12 has the fix since 1:9.2p1-2+deb12u6 (its changelog); for the
 * other pre-10.0 targets no fix is assumed.
 */
export function disableForwardingCoversX11AndAgent(target: TargetName): boolean {
  const [major] = getSshdTarget(target).release;
  return major >= 10 || target === 'debian-12';
}
