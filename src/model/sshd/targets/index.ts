import type { TargetName } from '../../targets.js';
import { debian12 } from './debian-12.js';
import { debian13, rhel9, ubuntu2204, ubuntu2404, upstream } from './others.js';
import type { SshdTarget } from './types.js';

const TARGETS: Readonly<Record<TargetName, SshdTarget>> = {
  'debian-12': debian12,
  'debian-13': debian13,
  'ubuntu-22.04': ubuntu2204,
  'ubuntu-24.04': ubuntu2404,
  'rhel-9': rhel9,
  upstream,
};

export function getSshdTarget(name: TargetName): SshdTarget {
  return TARGETS[name];
}

export type { SshdTarget } from './types.js';
