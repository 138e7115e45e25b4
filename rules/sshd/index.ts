import type { RuleDefinition } from '../../src/engine/define-rule.js';

/** Every sshd rule, sorted by id. Adding a rule: import it here. */
export const sshdRules: readonly RuleDefinition[] = [];
