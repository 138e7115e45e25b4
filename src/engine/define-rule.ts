import type { z } from 'zod';
import type { Fix, RelatedLocation, Severity } from '../model/finding.js';
import type { Host } from '../model/host.js';
import type { Location } from '../model/position.js';

/** `sshlint` holds the engine's own rules (unused suppressions). Plugin rules use their plugin's name. */
export type RuleFamily = 'sshd' | 'firewall' | 'fail2ban' | 'host' | 'sshlint';

export const RULE_FAMILIES: readonly RuleFamily[] = ['sshd', 'firewall', 'fail2ban', 'host', 'sshlint'];
export type RuleTag = 'security' | 'cis' | 'stig' | 'devsec' | 'lockout' | 'crypto' | 'correctness' | 'style';
export type RuleStatus = 'stable' | 'preview' | 'deprecated';
export type PresetName = 'recommended' | 'strict' | 'cis' | 'stig' | 'devsec';

export interface RuleMeta {
  /** One line, sentence case, no trailing period: "Root can log in over SSH". */
  readonly description: string;
  readonly severity: Severity;
  readonly tags: readonly RuleTag[];
  readonly status: RuleStatus;
  /** Presets that enable this rule. */
  readonly presets: readonly PresetName[];
  readonly references: readonly { readonly title: string; readonly url: string }[];
  /** Benchmark ids this rule corresponds to. */
  readonly anchors?: {
    readonly cis?: readonly string[];
    readonly stig?: readonly string[];
    readonly devsec?: readonly string[];
    readonly lynis?: readonly string[];
    readonly sshAudit?: readonly string[];
  };
  /** SARIF precision: how sure a finding is a true positive. */
  readonly precision: 'very-high' | 'high' | 'medium' | 'low';
  /** 0.0–10.0, CVSS-like; required for rules tagged `security` (GitHub code scanning severity). */
  readonly securitySeverity?: number;
}

export interface ReportDescriptor {
  readonly messageId: string;
  readonly data?: Readonly<Record<string, string | number>>;
  /** Where the user changes something. */
  readonly at: Location;
  readonly related?: readonly RelatedLocation[];
  readonly suggestion?: string;
  readonly fix?: Fix;
}

/** Run-wide facts a rule may need that no file states. */
export interface RunSettings {
  /** The sshd port to assume for a host that has no sshd config (`--ssh-port`, default 22). */
  readonly sshPort: number;
}

export interface RuleContext<Options> {
  readonly host: Host;
  readonly options: Options;
  readonly severity: Severity;
  readonly settings: RunSettings;
  /** Report a finding. Throws for a `messageId` the rule does not declare (a bug in the rule). */
  report(descriptor: ReportDescriptor): void;
}

export interface RuleDefinition<Schema extends z.ZodType = z.ZodType> {
  /** Namespaced, stable, never reused: `sshd/permit-root-login`. */
  readonly id: string;
  readonly meta: RuleMeta;
  readonly options?: Schema;
  /** Named templates with `{{placeholders}}`. */
  readonly messages: Readonly<Record<string, string>>;
  check(context: RuleContext<z.output<Schema>>): void;
}

/** Identity with type inference: every rule file default-exports `defineRule({...})`. */
export function defineRule<Schema extends z.ZodType>(rule: RuleDefinition<Schema>): RuleDefinition<Schema> {
  return rule;
}

/** The part of a rule id before the slash: `sshd` for `sshd/permit-root-login`, the plugin name for plugin rules. */
export function ruleNamespace(id: string): string {
  const slash = id.indexOf('/');
  return slash === -1 ? id : id.slice(0, slash);
}
