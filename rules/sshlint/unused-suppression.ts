import { defineRule } from '../../src/engine/define-rule.js';

/**
 * The engine reports these itself after applying suppressions (a rule cannot see other rules' findings),
 * so `check` does nothing; the definition carries the metadata, messages and severity.
 */
export default defineRule({
  id: 'sshlint/unused-suppression',
  meta: {
    description: 'A sshlint-disable comment silences nothing',
    severity: 'warning',
    tags: ['correctness'],
    status: 'stable',
    presets: ['recommended', 'strict', 'cis', 'stig', 'devsec'],
    references: [{ title: 'sshlint configuration: suppressions', url: 'https://github.com/sshlint/sshlint/blob/main/docs/configuration.md#suppressions' }],
    precision: 'very-high',
  },
  messages: {
    unused: 'This comment suppresses {{rule}} but that rule reports nothing here, so the comment would silently hide a future finding',
    unknownRule: 'This comment suppresses "{{rule}}", which is not a known rule, so it suppresses nothing',
    noRule: 'This sshlint-disable comment names no rule, so it suppresses nothing',
  },
  check() {
    // Reported by the engine: see src/engine/lint.ts.
  },
});
