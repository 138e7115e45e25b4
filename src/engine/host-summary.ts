import type { Host } from '../model/host.js';
import type { HostSummary } from './result.js';

/** The per-host matrix of the job summary. Each answer comes from a model; 'unknown' when the host lacks it. */
export function summarizeHost(host: Host): HostSummary {
  return {
    name: host.name,
    root: host.root,
    target: host.target,
    sshReachable: 'unknown',
    portConsistent: 'unknown',
    rootLogin: 'unknown',
    passwordLogin: 'unknown',
    fail2banActive: 'unknown',
  };
}
