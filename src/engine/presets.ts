import type { Severity } from '../model/finding.js';
import type { PresetName } from './define-rule.js';

export const PRESET_NAMES = ['recommended', 'strict', 'cis', 'stig', 'devsec'] as const satisfies readonly PresetName[];

export const DEFAULT_PRESETS: readonly PresetName[] = ['recommended'];

/**
 * Presets a preset includes besides its own rules. `strict` is `recommended` plus the rules tagged `strict`;
 * the benchmark presets stand alone, so `extends: [cis]` checks exactly what the CIS benchmark asks.
 */
export const PRESET_INCLUDES: Readonly<Record<PresetName, readonly PresetName[]>> = {
  recommended: [],
  strict: ['recommended'],
  cis: [],
  stig: [],
  devsec: [],
};

/** A preset's answer for one rule: options (validated by the rule's schema) and, rarely, another severity. */
export interface PresetRuleSetting {
  readonly options?: unknown;
  readonly severity?: Severity;
}

/**
 * Where the benchmarks disagree on a value, each preset carries its benchmark's answer as rule options
 * (the rule defaults are the `recommended` answer). An entry only tunes a rule the preset already enables;
 * with several presets in `extends`, later ones win. docs/configuration.md#presets explains every entry,
 * and test/meta checks each points at a registered rule of that preset with valid options.
 */
export const PRESET_OVERRIDES: Readonly<Record<PresetName, Readonly<Record<string, PresetRuleSetting>>>> = {
  recommended: {},
  // The strictest answer any anchor gives, short of breaking common setups.
  strict: {
    'sshd/permit-root-login': { options: { allowed: ['no'] } },
    'sshd/max-auth-tries': { options: { max: 3 } }, // Lynis
    'sshd/log-level': { options: { minimum: 'VERBOSE' } }, // STIG, CIS RHEL 9, DevSec
    'sshd/client-alive-count-max': { options: { max: 1 } }, // STIG, CIS RHEL 9
    'fail2ban/weak-thresholds': { options: { maxRetry: 3, minFindTime: 600, minBanTime: 3600 } },
  },
  // CIS Ubuntu 24.04 / Debian 13 (the default target's family); RHEL 9 differences are noted in the docs.
  cis: {
    'sshd/permit-root-login': { options: { allowed: ['no'] } },
    'sshd/macs': { options: { allowNonEtm: true } },
  },
  // DISA STIG (RHEL 9 and Ubuntu 24.04).
  stig: {
    'sshd/permit-root-login': { options: { allowed: ['no'] } },
    'sshd/client-alive-count-max': { options: { max: 1 } },
    'sshd/client-alive-interval': { options: { max: 600 } },
    'sshd/log-level': { options: { minimum: 'VERBOSE' } },
    'sshd/ciphers': { options: { fips: true } },
    'sshd/macs': { options: { fips: true, allowNonEtm: true } },
    'sshd/compression': { options: { allowDelayed: true } },
  },
  // DevSec SSH Baseline.
  devsec: {
    'sshd/max-auth-tries': { options: { max: 2 } },
    'sshd/login-grace-time': { options: { max: 30 } },
    'sshd/log-level': { options: { minimum: 'VERBOSE' } },
    'sshd/banner': { options: { expected: 'none' } },
    'sshd/print-last-log': { options: { expected: 'no' } },
    'sshd/macs': { options: { allowNonEtm: true } },
  },
};

/** The preset and every preset it includes, without duplicates, in a stable order. */
export function expandPresets(names: readonly PresetName[]): PresetName[] {
  const out: PresetName[] = [];
  const visit = (name: PresetName): void => {
    if (out.includes(name)) return;
    for (const inner of PRESET_INCLUDES[name]) visit(inner);
    out.push(name);
  };
  for (const name of names) visit(name);
  return out;
}
