import type { RuleDefinition } from '../../src/engine/define-rule.js';

/** Every host rule, sorted by id. Adding a rule: import it here. */
export const hostRules: readonly RuleDefinition[] = [];
