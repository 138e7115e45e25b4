import { debian12 } from './debian-12.js';
import type { SshdTarget } from './types.js';

// Provisional: the other targets start from the Debian 12 data and are refined per release below.
export const debian13: SshdTarget = { ...debian12, name: 'debian-13', description: 'OpenSSH 10.0p1 (Debian 13)', release: [10, 0], provenance: 'modelled' };
export const ubuntu2204: SshdTarget = { ...debian12, name: 'ubuntu-22.04', description: 'OpenSSH 8.9p1 (Ubuntu 22.04)', release: [8, 9], provenance: 'modelled' };
export const ubuntu2404: SshdTarget = { ...debian12, name: 'ubuntu-24.04', description: 'OpenSSH 9.6p1 (Ubuntu 24.04)', release: [9, 6], provenance: 'modelled' };
export const rhel9: SshdTarget = { ...debian12, name: 'rhel-9', description: 'OpenSSH 8.7p1 (RHEL 9)', release: [8, 7], provenance: 'modelled' };
export const upstream: SshdTarget = { ...debian12, name: 'upstream', description: 'OpenSSH 10.5p1 (portable, upstream)', release: [10, 5], provenance: 'modelled' };
