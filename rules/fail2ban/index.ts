import type { RuleDefinition } from '../../src/engine/define-rule.js';
import banactionMismatch from './banaction-mismatch.js';
import ignoreipTooBroad from './ignoreip-too-broad.js';
import invalidValue from './invalid-value.js';
import logSourceMissing from './log-source-missing.js';
import parseError from './parse-error.js';
import portMismatch from './port-mismatch.js';
import sshdJailDisabled from './sshd-jail-disabled.js';
import unknownKey from './unknown-key.js';
import weakThresholds from './weak-thresholds.js';

/** Every fail2ban rule, sorted by id. Adding a rule: import it here. */
export const fail2banRules: readonly RuleDefinition[] = [
  banactionMismatch,
  ignoreipTooBroad,
  invalidValue,
  logSourceMissing,
  parseError,
  portMismatch,
  sshdJailDisabled,
  unknownKey,
  weakThresholds,
];
