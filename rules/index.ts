import type { RuleDefinition } from '../src/engine/define-rule.js';
import { fail2banRules } from './fail2ban/index.js';
import { firewallRules } from './firewall/index.js';
import { hostRules } from './host/index.js';
import { sshdRules } from './sshd/index.js';
import { sshlintRules } from './sshlint/index.js';

/** The built-in rules. Registration is explicit so the bundle sees static imports. */
export const builtinRules: readonly RuleDefinition[] = [...sshdRules, ...firewallRules, ...fail2banRules, ...hostRules, ...sshlintRules];
