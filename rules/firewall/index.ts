import type { RuleDefinition } from '../../src/engine/define-rule.js';

/** Every firewall rule, sorted by id. Adding a rule: import it here. */
export const firewallRules: readonly RuleDefinition[] = [];
