import type { ReachAnswer, Symptom } from '../../../src/model/firewall/index.js';
import type { KernelResult } from './netns.js';

/** What the evaluator predicts the client sees for a first connection from a fresh source. */
export function predicted(answer: ReachAnswer): Symptom | 'depends' {
  if (answer.verdict !== 'depends' && answer.symptom) return answer.symptom;
  const fresh = answer.outcomes.filter((o) => o.assumptions.every((a) => a.kind === 'rate' && a.holds));
  const symptoms = new Set(fresh.map((o) => o.symptom));
  return symptoms.size === 1 ? ([...symptoms][0] as Symptom) : 'depends';
}

/** The kernel's result in the evaluator's terms. */
export function kernelSymptom(r: KernelResult): Symptom | KernelResult {
  // icmp-proto-unreachable surfaces as ENOPROTOOPT ("Protocol not available"): an unreachable-style error.
  if (r === 'error:ENOPROTOOPT') return 'unreachable';
  // A tcp-reset for a packet after the SYN resets the connection the client just opened: "Connection reset by peer".
  if (r === 'error:ECONNRESET') return 'refused';
  return r;
}
