import { detectFormat } from '../discover/detect.js';
import type { Detected } from '../discover/detect.js';
import type { HostFs } from '../discover/host-fs.js';
import { byteOrder } from '../discover/host-fs.js';
import { groupHosts } from '../discover/hosts.js';
import { mountHostFs, recordingHostFs } from '../discover/mount.js';
import type { Finding, Notification, Severity } from '../model/finding.js';
import type { Host } from '../model/host.js';
import { compareLocations } from '../model/position.js';
import unusedSuppression from '../../rules/sshlint/unused-suppression.js';
import { buildHost } from './build-host.js';
import type { ReportDescriptor, RuleContext, RuleDefinition, RunSettings } from './define-rule.js';
import { ruleNamespace } from './define-rule.js';
import { summarizeHost } from './host-summary.js';
import { formatMessage } from './messages.js';
import type { EnabledRule, ResolvedConfig } from './resolve.js';
import type { HostSummary, LintResult } from './result.js';
import { applySuppressions, parseSuppressions } from './suppressions.js';
import type { SuppressionDirective } from './suppressions.js';

/** The repository as the engine sees it: a whole-repo view and the candidate files found by the walk. */
export interface RepoInput {
  /** Host path `/a/b` of this view is repo path `a/b`. */
  readonly fs: HostFs;
  /** Candidate repo paths (already filtered by .gitignore), strcmp-sorted. */
  readonly files: readonly string[];
  /** Files named explicitly: an unrecognised one is worth a notification. */
  readonly explicit: ReadonlySet<string>;
}

export const DEFAULT_RUN_SETTINGS: RunSettings = { sshPort: 22 };

const SNIFF_BYTES = 4096;

/** Discovery → hosts → models → rules → suppressions → one sorted, deduplicated result. Pure given its inputs. */
export function lintRepo(repo: RepoInput, config: ResolvedConfig, settings: RunSettings = DEFAULT_RUN_SETTINGS): LintResult {
  const notifications: Notification[] = [];
  let complete = true;

  const sniff = (p: string): string | undefined => {
    const r = repo.fs.read(`/${p}`);
    return r.ok ? r.text.slice(0, SNIFF_BYTES) : undefined;
  };
  const detected: { path: string; detected: Detected }[] = [];
  for (const p of repo.files) {
    const isExplicit = repo.explicit.has(p);
    if (!isExplicit && !config.selects(p)) continue;
    const d = detectFormat(p, sniff, config.isSshdName);
    if (d) detected.push({ path: p, detected: d });
    else if (isExplicit) {
      const r = repo.fs.read(`/${p}`);
      notifications.push({
        level: 'warning',
        message: r.ok ? `${p}: not a file sshlint recognises (see docs/cli.md for the names it looks for); skipped` : `${r.message}; skipped`,
        file: p,
      });
    }
  }

  if (detected.length === 0) {
    // Usually a wrong PATH or an over-eager exclude: say so rather than pass silently.
    notifications.push({ level: 'warning', message: 'no sshd, firewall or fail2ban files found (see docs/cli.md for the names sshlint looks for)' });
  }

  const findings: Finding[] = [];
  // Summaries, not hosts: a host's models are dropped as soon as its rules have run, so memory stays flat.
  const summaries: HostSummary[] = [];
  const texts = new Map<string, string>();
  /** Per file, the rule ids enabled on the hosts that read it (to judge unused suppressions). */
  const enabledByFile = new Map<string, Map<string, Severity>>();

  for (const plan of groupHosts(detected)) {
    const hostSettings = config.settingsFor(plan.root, plan.files.map((f) => f.path));
    const { fs, log } = recordingHostFs(mountHostFs(repo.fs, plan.hostPrefix, plan.repoDir, plan.root));
    const built = buildHost(plan, fs, repo.fs, hostSettings.target);
    notifications.push(...built.notifications);
    complete &&= built.complete;
    const host = built.host;
    try {
      summaries.push(summarizeHost(host, settings.sshPort));
    } catch (err) {
      complete = false;
      summaries.push(summarizeHost({ ...host, sshd: undefined, firewall: undefined, fail2ban: undefined }, settings.sshPort));
      notifications.push({ level: 'error', message: `internal error while summarising host ${host.name}: ${err instanceof Error ? err.message : String(err)}`, file: host.root || undefined });
    }

    for (const f of host.files) texts.set(f.path, f.text);
    for (const [p, t] of log.texts) texts.set(p, t);
    const alreadyReported = new Set(built.notifications.map((n) => n.file));
    for (const [p, failure] of log.failures) {
      if (!alreadyReported.has(p)) notifications.push({ level: 'warning', message: `${failure.message}; not read`, file: p });
    }
    const enabled = new Map(hostSettings.rules.map((r) => [r.rule.id, r.severity]));
    for (const p of new Set([...host.files.map((f) => f.path), ...log.texts.keys()])) {
      const m = enabledByFile.get(p) ?? new Map<string, Severity>();
      for (const [id, sev] of enabled) m.set(id, sev);
      enabledByFile.set(p, m);
    }

    for (const enabledRule of hostSettings.rules) {
      if (!applies(enabledRule.rule, host)) continue;
      const outcome = runRule(enabledRule, host, settings);
      findings.push(...outcome.findings);
      if (outcome.error !== undefined) {
        complete = false;
        notifications.push({ level: 'error', message: `internal error in rule ${enabledRule.rule.id} on host ${host.name}: ${outcome.error}`, file: host.root || undefined });
      }
    }
  }

  const directives: SuppressionDirective[] = [];
  for (const [file, text] of [...texts].sort(([a], [b]) => byteOrder(a, b))) directives.push(...parseSuppressions(file, text));
  const suppressed = applySuppressions(findings, directives);
  const all = [...suppressed.findings, ...unusedSuppressionFindings(suppressed, enabledByFile, config.knownRules)];

  return {
    findings: sortAndDedupe(all),
    notifications: sortNotifications(notifications),
    files: [...new Set([...texts.keys(), ...detected.map((d) => d.path)])].sort(byteOrder),
    hosts: summaries,
    rules: config.enabledRules,
    severities: config.severities,
    executionSuccessful: complete && !notifications.some((n) => n.level === 'error'),
  };
}

/** A family rule needs its model; host and plugin rules always run. */
function applies(rule: RuleDefinition, host: Host): boolean {
  switch (ruleNamespace(rule.id)) {
    case 'sshd':
      return host.sshd !== undefined;
    case 'firewall':
      return host.firewall !== undefined;
    case 'fail2ban':
      return host.fail2ban !== undefined;
    case 'sshlint':
      return false; // reported by the engine itself
    default:
      return true;
  }
}

export function runRule(enabled: EnabledRule, host: Host, settings: RunSettings): { findings: Finding[]; error?: string } {
  const { rule, severity, options } = enabled;
  const findings: Finding[] = [];
  const context: RuleContext<unknown> = {
    host,
    options,
    severity,
    settings,
    report(d: ReportDescriptor) {
      findings.push(toFinding(rule, severity, d, host.root));
    },
  };
  try {
    rule.check(context);
    return { findings };
  } catch (err) {
    return { findings, error: err instanceof Error ? err.message : String(err) };
  }
}

export function toFinding(rule: RuleDefinition, severity: Severity, d: ReportDescriptor, hostRoot?: string): Finding {
  const template = rule.messages[d.messageId];
  if (template === undefined) throw new Error(`rule ${rule.id} reported messageId "${d.messageId}", which is not in its messages`);
  return {
    ruleId: rule.id,
    messageId: d.messageId,
    severity,
    message: formatMessage(template, d.data),
    location: d.at,
    related: d.related ?? [],
    ...(d.suggestion !== undefined ? { suggestion: d.suggestion } : {}),
    ...(d.fix !== undefined ? { fix: d.fix } : {}),
    ...(hostRoot !== undefined ? { host: hostRoot } : {}),
  };
}

function unusedSuppressionFindings(
  outcome: ReturnType<typeof applySuppressions>,
  enabledByFile: ReadonlyMap<string, ReadonlyMap<string, Severity>>,
  knownRules: readonly RuleDefinition[],
): Finding[] {
  const known = new Set(knownRules.map((r) => r.id));
  const out: Finding[] = [];
  const selfId = unusedSuppression.id;
  for (const d of outcome.empty) {
    const severity = enabledByFile.get(d.file)?.get(selfId);
    if (severity) out.push(toFinding(unusedSuppression, severity, { messageId: 'noRule', at: d.location }));
  }
  for (const { directive, rule } of outcome.unused) {
    const enabled = enabledByFile.get(directive.file);
    const severity = enabled?.get(selfId);
    if (!severity || rule.id === selfId) continue;
    if (!known.has(rule.id)) out.push(toFinding(unusedSuppression, severity, { messageId: 'unknownRule', data: { rule: rule.id }, at: rule.location }));
    // A suppression for a rule that is off here may matter under another configuration: leave it alone.
    else if (enabled?.has(rule.id)) out.push(toFinding(unusedSuppression, severity, { messageId: 'unused', data: { rule: rule.id }, at: rule.location }));
  }
  return out;
}

export function compareFindings(a: Finding, b: Finding): number {
  if (a.location.file !== b.location.file) return byteOrder(a.location.file, b.location.file);
  const s = a.location.range.start;
  const t = b.location.range.start;
  return (
    s.line - t.line ||
    s.column - t.column ||
    byteOrder(a.ruleId, b.ruleId) ||
    compareLocations(a.location, b.location) ||
    byteOrder(a.messageId, b.messageId) ||
    byteOrder(a.message, b.message) ||
    byteOrder(a.host ?? '', b.host ?? '')
  );
}

/** Same rule, same place, same message: one finding (two hosts sharing an included file report it once). */
function sortAndDedupe(findings: readonly Finding[]): Finding[] {
  const sorted = [...findings].sort(compareFindings);
  const seen = new Set<string>();
  return sorted.filter((f) => {
    const r = f.location.range;
    const key = [f.ruleId, f.location.file, r.start.line, r.start.column, r.end.line, r.end.column, f.message].join('\0');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function sortNotifications(list: readonly Notification[]): Notification[] {
  const seen = new Set<string>();
  return [...list]
    .sort((a, b) => byteOrder(a.file ?? '', b.file ?? '') || (a.line ?? 0) - (b.line ?? 0) || byteOrder(a.message, b.message))
    .filter((n) => {
      const key = `${n.level}\0${n.file ?? ''}\0${n.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}
