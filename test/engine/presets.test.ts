import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { configFromObject } from '../../src/engine/config.js';
import type { ConfigInput } from '../../src/engine/config.js';
import { resolveConfig } from '../../src/engine/resolve.js';

const optionsOf = (config: ConfigInput, id: string) =>
  resolveConfig(configFromObject(config), builtinRules).settingsFor('', []).rules.find((r) => r.rule.id === id)?.options;

describe('preset answers where the benchmarks disagree', () => {
  it('takes each benchmark its own MaxAuthTries', () => {
    expect(optionsOf({ extends: ['cis'] }, 'sshd/max-auth-tries')).toEqual({ max: 4 });
    expect(optionsOf({ extends: ['devsec'] }, 'sshd/max-auth-tries')).toEqual({ max: 2 });
    expect(optionsOf({ extends: ['strict'] }, 'sshd/max-auth-tries')).toEqual({ max: 3 });
  });

  it('lets later presets win and the file win over presets', () => {
    expect(optionsOf({ extends: ['cis', 'stig'] }, 'sshd/client-alive-count-max')).toEqual({ max: 1 });
    expect(optionsOf({ extends: ['stig', 'cis'] }, 'sshd/client-alive-count-max')).toEqual({ max: 1 }); // cis keeps the default, so stig's answer stays
    expect(optionsOf({ extends: ['devsec'], rules: { 'sshd/max-auth-tries': ['warning', { max: 5 }] } }, 'sshd/max-auth-tries')).toEqual({ max: 5 });
  });

  it('uses the rule default when only recommended is on', () => {
    expect(optionsOf({}, 'sshd/permit-root-login')).toEqual({ allowed: ['no', 'prohibit-password', 'forced-commands-only'] });
    expect(optionsOf({ extends: ['cis'] }, 'sshd/permit-root-login')).toEqual({ allowed: ['no'] });
  });
});
