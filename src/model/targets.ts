/**
 * Named targets: an OS release and the versions of the programs sshlint models on it.
 * Component-specific data (sshd defaults and algorithms, fail2ban's shipped jail.conf) lives with each model
 * and is keyed by these names.
 */
export const TARGET_NAMES = ['debian-12', 'debian-13', 'ubuntu-22.04', 'ubuntu-24.04', 'rhel-9', 'upstream'] as const;

export type TargetName = (typeof TARGET_NAMES)[number];

export const DEFAULT_TARGET: TargetName = 'debian-12';

export function isTargetName(name: string): name is TargetName {
  return (TARGET_NAMES as readonly string[]).includes(name);
}
