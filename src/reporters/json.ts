import type { Finding, Notification } from '../model/finding.js';
import type { HostSummary, LintResult } from '../engine/result.js';
import type { Counts } from './counts.js';
import { countFindings } from './counts.js';
import type { ReportMeta } from './index.js';

/** The `--format json` document; docs/cli.md describes every field. Bump `schemaVersion` on incompatible change. */
export interface JsonReport {
  readonly schemaVersion: 1;
  readonly version: string;
  readonly executionSuccessful: boolean;
  readonly summary: Counts & { readonly files: number; readonly hosts: number };
  /** Every finding, suppressed ones included (with `suppressed`). */
  readonly findings: readonly (Finding & { readonly docsUrl: string })[];
  readonly notifications: readonly Notification[];
  readonly hosts: readonly HostSummary[];
  readonly files: readonly string[];
  readonly rules: readonly { readonly id: string; readonly severity: string }[];
}

export function jsonReport(result: LintResult, meta: ReportMeta): JsonReport {
  return {
    schemaVersion: 1,
    version: meta.version,
    executionSuccessful: result.executionSuccessful,
    summary: { ...countFindings(result), files: result.files.length, hosts: result.hosts.length },
    findings: result.findings.map((f) => ({ ...f, docsUrl: meta.docsUrl(f.ruleId) })),
    notifications: result.notifications,
    hosts: result.hosts,
    files: result.files,
    rules: result.rules.map((r) => ({ id: r.id, severity: result.severities[r.id] ?? r.meta.severity })),
  };
}

export function jsonReporter(result: LintResult, meta: ReportMeta): string {
  return `${JSON.stringify(jsonReport(result, meta), null, 2)}\n`;
}
