import type { LintResult } from '../engine/result.js';
import { compactReporter } from './compact.js';
import { githubReporter } from './github.js';
import { jsonReporter } from './json.js';
import { sarifReporter } from './sarif.js';
import { stylishReporter } from './stylish.js';

export interface ReportMeta {
  readonly version: string;
  /** The repo root the result's paths are relative to. */
  readonly cwd: string;
  /** Same as cwd (the name the SARIF and GitHub reporters read). */
  readonly repoRoot?: string;
  readonly color: boolean;
  /** A rule's Markdown doc, when there is one. */
  readonly ruleDocs: (id: string) => string | undefined;
  readonly docsUrl: (id: string) => string;
}

/** Pure: the same result and meta give the same text. */
export type Reporter = (result: LintResult, meta: ReportMeta) => string;

export const REPORTER_NAMES = ['stylish', 'json', 'compact', 'sarif', 'github'] as const;
export type ReporterName = (typeof REPORTER_NAMES)[number];

export const reporters: Readonly<Record<ReporterName, Reporter>> = {
  stylish: stylishReporter,
  json: jsonReporter,
  compact: compactReporter,
  sarif: sarifReporter,
  github: githubReporter,
};

export function isReporterName(name: string): name is ReporterName {
  return (REPORTER_NAMES as readonly string[]).includes(name);
}
