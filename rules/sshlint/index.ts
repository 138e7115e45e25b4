import type { RuleDefinition } from '../../src/engine/define-rule.js';
import unusedSuppression from './unused-suppression.js';

/** The engine's own rules, sorted by id. */
export const sshlintRules: readonly RuleDefinition[] = [unusedSuppression];
