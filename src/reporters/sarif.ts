import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Edit, Finding, Notification } from '../model/finding.js';
import type { LintResult } from '../engine/result.js';
import type { RuleDefinition } from '../engine/define-rule.js';
import { FINGERPRINT_KEY, fingerprints, type SourceReader } from './sarif/fingerprint.js';
import { sarifRegion } from './sarif/region.js';
import { reportingDescriptor, ruleName, type RuleDocsSource } from './sarif/rules.js';
import type {
  SarifFix,
  SarifLocation,
  SarifLog,
  SarifNotification,
  SarifReportingDescriptor,
  SarifResult,
  SarifRun,
} from './sarif/types.js';
import { artifactLocation, findRepoRoot } from './sarif/uri.js';
import { sentence } from './sarif/text.js';

export { findRepoRoot } from './sarif/uri.js';
export type { SarifLog } from './sarif/types.js';

/** Where to learn about the tool; shown by SARIF viewers next to the tool name. */
export const INFORMATION_URI = 'https://github.com/sshlint/sshlint';
export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

/** What the SARIF reporter needs from the reporter meta (a structural subset of ReportMeta). */
export interface SarifReportMeta extends RuleDocsSource {
  readonly version: string;
  /** The folder sshlint ran in. */
  readonly cwd: string;
  /** The folder the result's paths are relative to (`runLint`'s `repoRoot`); default `cwd`. */
  readonly repoRoot?: string;
}

export interface SarifOptions {
  /** Keep inline-suppressed findings, marked with `suppressions` (GitHub would show them as open alerts). */
  readonly includeSuppressed?: boolean;
  /** Folder that URIs are relative to. Default: `findRepoRoot(meta.repoRoot ?? meta.cwd, process.env)`. */
  readonly repoRoot?: string;
  /** Code scanning category: written as `automationDetails.id = "<category>/"` when set. */
  readonly category?: string;
  /** Reads a finding's file for its fingerprint. Default: the file on disk, relative to `meta.repoRoot ?? meta.cwd`. */
  readonly readSource?: SourceReader;
}

/** Files above this size are not read for fingerprints (sshlint refuses such inputs anyway). */
const MAX_SOURCE_BYTES = 4 * 1024 * 1024;

function diskReader(cwd: string): SourceReader {
  return (file) => {
    const absolute = path.resolve(cwd, file);
    try {
      if (statSync(absolute).size > MAX_SOURCE_BYTES) return undefined;
      return readFileSync(absolute, 'utf8');
    } catch {
      return undefined; // the fingerprint falls back to the message
    }
  };
}

/** A descriptor for a rule id that fired without being in `result.rules` (engine-level diagnostics). */
function unknownRule(id: string, level: Finding['severity']): SarifReportingDescriptor {
  const text = `sshlint diagnostic ${id}.`;
  return {
    id,
    name: ruleName(id),
    shortDescription: { text },
    fullDescription: { text },
    help: { text, markdown: text },
    defaultConfiguration: { level },
    properties: { tags: [], precision: 'high' },
  };
}

interface Context {
  readonly location: (file: string) => ReturnType<typeof artifactLocation>;
}

function fixOf(finding: Finding, ctx: Context): SarifFix | undefined {
  if (!finding.fix || finding.fix.edits.length === 0) return undefined;
  const byFile = new Map<string, Edit[]>();
  for (const edit of finding.fix.edits) byFile.set(edit.file, [...(byFile.get(edit.file) ?? []), edit]);
  return {
    description: { text: sentence(finding.fix.title) },
    artifactChanges: [...byFile].map(([file, edits]) => ({
      artifactLocation: ctx.location(file),
      replacements: edits.map((edit) => ({ deletedRegion: sarifRegion(edit.range), insertedContent: { text: edit.text } })),
    })),
  };
}

function resultOf(finding: Finding, ruleIndex: number, fingerprint: string, ctx: Context): SarifResult {
  const message = finding.suggestion ? `${sentence(finding.message)} ${sentence(finding.suggestion)}` : sentence(finding.message);
  const related: SarifLocation[] = finding.related.map((rel, i) => ({
    id: i + 1,
    physicalLocation: { artifactLocation: ctx.location(rel.file), region: sarifRegion(rel.range) },
    message: { text: sentence(rel.message) },
  }));
  const fix = fixOf(finding, ctx);
  const suppression = finding.suppressed;
  return {
    ruleId: finding.ruleId,
    ruleIndex,
    level: finding.severity,
    message: { text: message },
    locations: [
      { physicalLocation: { artifactLocation: ctx.location(finding.location.file), region: sarifRegion(finding.location.range) } },
    ],
    ...(related.length > 0 ? { relatedLocations: related } : {}),
    partialFingerprints: { [FINGERPRINT_KEY]: fingerprint },
    ...(fix ? { fixes: [fix] } : {}),
    ...(suppression
      ? { suppressions: [{ kind: 'inSource' as const, ...(suppression.reason ? { justification: suppression.reason } : {}) }] }
      : {}),
  };
}

function notificationOf(notification: Notification, ctx: Context): SarifNotification {
  const { file, line } = notification;
  return {
    level: notification.level,
    message: { text: sentence(notification.message) },
    ...(file !== undefined
      ? {
          locations: [
            {
              physicalLocation: {
                artifactLocation: ctx.location(file),
                ...(line !== undefined && line >= 1 ? { region: { startLine: line } } : {}),
              },
            },
          ],
        }
      : {}),
  };
}

/** The whole SARIF log as an object: one run, every enabled rule, every unsuppressed finding. */
export function buildSarif(result: LintResult, meta: SarifReportMeta, options: SarifOptions = {}): SarifLog {
  const base = meta.repoRoot ?? meta.cwd;
  const repoRoot = options.repoRoot ?? findRepoRoot(base, process.env);
  const location = (file: string): ReturnType<typeof artifactLocation> => artifactLocation(file, base, repoRoot);
  const ctx: Context = { location };

  const rules: RuleDefinition[] = [...result.rules].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const descriptors: SarifReportingDescriptor[] = rules.map((rule) => reportingDescriptor(rule, meta));
  const index = new Map(descriptors.map((d, i) => [d.id, i]));
  for (const finding of result.findings) {
    if (!index.has(finding.ruleId)) {
      index.set(finding.ruleId, descriptors.length);
      descriptors.push(unknownRule(finding.ruleId, finding.severity));
    }
  }

  // Fingerprints come from every finding, so including suppressed ones never changes the others'.
  const prints = fingerprints(result.findings, (file) => location(file).uri, options.readSource ?? diskReader(base));
  const results: SarifResult[] = [];
  result.findings.forEach((finding, i) => {
    if (finding.suppressed && !options.includeSuppressed) return;
    results.push(resultOf(finding, index.get(finding.ruleId) ?? 0, prints[i] ?? '', ctx));
  });

  const notifications = result.notifications.map((n) => notificationOf(n, ctx));
  const category = options.category?.trim().replace(/\/+$/, '');
  const run: SarifRun = {
    tool: {
      driver: {
        name: 'sshlint',
        version: meta.version,
        semanticVersion: meta.version,
        informationUri: INFORMATION_URI,
        rules: descriptors,
      },
    },
    ...(category ? { automationDetails: { id: `${category}/` } } : {}),
    invocations: [
      {
        executionSuccessful: result.executionSuccessful,
        ...(notifications.length > 0 ? { toolExecutionNotifications: notifications } : {}),
      },
    ],
    columnKind: 'utf16CodeUnits',
    results,
  };
  return { $schema: SARIF_SCHEMA, version: '2.1.0', runs: [run] };
}

/** A reporter with options (the CLI's `--sarif-include-suppressed`, the Action's `category`). */
export function createSarifReporter(options: SarifOptions = {}): (result: LintResult, meta: SarifReportMeta) => string {
  return (result, meta) => `${JSON.stringify(buildSarif(result, meta, options), null, 2)}\n`;
}

/** `--format sarif`: SARIF 2.1.0 for GitHub code scanning; suppressed findings left out. */
export const sarifReporter = createSarifReporter();
