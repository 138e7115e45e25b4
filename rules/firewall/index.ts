import type { RuleDefinition } from '../../src/engine/define-rule.js';
import establishedOnly from './established-only.js';
import ipv6Unfiltered from './ipv6-unfiltered.js';
import noDefaultDeny from './no-default-deny.js';
import parseError from './parse-error.js';
import reloadCutsSessions from './reload-cuts-sessions.js';
import sshBlocked from './ssh-blocked.js';
import sshOpenToWorld from './ssh-open-to-world.js';
import staleSshPort from './stale-ssh-port.js';
import unreachableRule from './unreachable-rule.js';

/** Every firewall rule, sorted by id. Adding a rule: import it here. */
export const firewallRules: readonly RuleDefinition[] = [
  establishedOnly,
  ipv6Unfiltered,
  noDefaultDeny,
  parseError,
  reloadCutsSessions,
  sshBlocked,
  sshOpenToWorld,
  staleSshPort,
  unreachableRule,
];
