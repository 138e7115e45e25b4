import type { RuleDefinition } from '../../src/engine/define-rule.js';

/** Every fail2ban rule, sorted by id. Adding a rule: import it here. */
export const fail2banRules: readonly RuleDefinition[] = [];
