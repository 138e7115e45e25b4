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

export type PresetRuleSetting = Severity | readonly [Severity, unknown];

/**
 * Where the benchmarks disagree on a value, each preset carries that benchmark's answer as rule options.
 * Only rules that are registered may appear here (test/meta checks it). docs/configuration.md explains each entry.
 */
export const PRESET_OVERRIDES: Readonly<Record<PresetName, Readonly<Record<string, PresetRuleSetting>>>> = {
  recommended: {},
  strict: {},
  cis: {},
  stig: {},
  devsec: {},
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
