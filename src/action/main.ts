import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as core from '@actions/core';
import { readRuleDoc, ruleDocsUrl } from '../engine/docs.js';
import type { PluginDocs } from '../engine/plugins.js';
import type { LintResult } from '../engine/result.js';
import { runLint } from '../engine/run.js';
import {
  ANNOTATIONS_PER_LEVEL,
  buildAnnotations,
  capAnnotations,
  countBySeverity,
  plainLine,
  totalsLine,
  type Annotation,
} from '../reporters/github.js';
import { createSarifReporter, findRepoRoot } from '../reporters/sarif.js';
import { encodePath, repoRelativePath } from '../reporters/sarif/uri.js';
import { VERSION } from '../version.js';
import { failureReason } from './fail-on.js';
import { parseInputs } from './inputs.js';
import { renderSummary } from './summary.js';

/** Write to a temporary name, then rename: upload-sarif must never read a half-written file. */
function writeAtomically(file: string, text: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, file);
}

function ruleDocsOf(pluginDocs: PluginDocs): (id: string) => string | undefined {
  return (id) => {
    const builtin = readRuleDoc(id);
    if (builtin !== undefined) return builtin;
    const plugin = pluginDocs.get(id);
    if (plugin === undefined) return undefined;
    try {
      return readFileSync(plugin.path, 'utf8');
    } catch {
      return undefined;
    }
  };
}

function annotate(a: Annotation): void {
  const props: core.AnnotationProperties = {
    title: a.title,
    ...(a.file !== undefined ? { file: a.file } : {}),
    ...(a.startLine !== undefined ? { startLine: a.startLine } : {}),
    ...(a.endLine !== undefined ? { endLine: a.endLine } : {}),
    ...(a.startColumn !== undefined ? { startColumn: a.startColumn } : {}),
    ...(a.endColumn !== undefined ? { endColumn: a.endColumn } : {}),
  };
  switch (a.level) {
    case 'error':
      core.error(a.message, props);
      return;
    case 'warning':
      core.warning(a.message, props);
      return;
    case 'notice':
      core.notice(a.message, props);
      return;
  }
}

/** `https://github.com/o/r/blob/<sha>/<path>#L<line>` when the runner tells us the repository and commit. */
function fileUrlFrom(env: NodeJS.ProcessEnv): ((repoPath: string, line: number) => string) | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_SHA: sha } = env;
  if (!server || !repo || !sha) return undefined;
  return (repoPath, line) => `${server}/${repo}/blob/${sha}/${encodePath(repoPath)}#L${line}`;
}

function firstError(result: LintResult): string {
  const n = result.notifications.find((x) => x.level === 'error');
  return n ? `${n.file !== undefined ? `${n.file}: ` : ''}${n.message}` : 'see the log';
}

/** The Action: inputs → lint → SARIF file, annotations, outputs, job summary → pass or fail. */
export async function run(): Promise<void> {
  try {
    const parsed = parseInputs((name) => core.getInput(name));
    if (!parsed.ok) {
      core.setFailed(`sshlint: ${parsed.message}`);
      return;
    }
    const inputs = parsed.inputs;
    const cwd = process.cwd();
    const { result, repoRoot: resultRoot, pluginDocs } = await runLint({
      cwd,
      paths: inputs.paths,
      ...(inputs.config !== undefined ? { config: inputs.config } : {}),
      ...(inputs.target !== undefined ? { target: inputs.target } : {}),
    });
    const repoRoot = findRepoRoot(resultRoot, process.env);
    const docsUrl = (id: string): string | undefined => (pluginDocs.has(id) ? pluginDocs.get(id)?.url : ruleDocsUrl(id));
    const meta = { version: VERSION, cwd, repoRoot: resultRoot, ruleDocs: ruleDocsOf(pluginDocs), docsUrl };

    const sarifPath = path.resolve(cwd, inputs.sarifFile);
    const sarif = createSarifReporter({ repoRoot, ...(inputs.category !== undefined ? { category: inputs.category } : {}) });
    writeAtomically(sarifPath, sarif(result, meta));

    const counts = countBySeverity(result);
    const reason = failureReason(counts, inputs.failOn);
    const incomplete = !result.executionSuccessful;
    // core.setFailed is an error annotation too: keep a slot for it, or GitHub would drop the reason.
    const willFail = reason !== undefined || incomplete;
    const limits = { error: ANNOTATIONS_PER_LEVEL - (willFail ? 1 : 0), warning: ANNOTATIONS_PER_LEVEL, notice: ANNOTATIONS_PER_LEVEL };
    const { shown, hidden } = capAnnotations(buildAnnotations(result, meta, { repoRoot }), limits);
    if (inputs.annotations) {
      for (const a of shown) annotate(a);
      if (hidden.length > 0) {
        core.info(`${hidden.length} more not annotated (GitHub shows ${ANNOTATIONS_PER_LEVEL} per level and step); all are in the job summary:`);
        for (const a of hidden) core.info(plainLine(a));
      }
    }

    core.info(totalsLine(counts));
    core.setOutput('sarif-file', sarifPath);
    core.setOutput('findings', counts.error + counts.warning + counts.note);
    core.setOutput('errors', counts.error);
    core.setOutput('warnings', counts.warning);
    core.setOutput('notes', counts.note);

    if (process.env['GITHUB_STEP_SUMMARY']) {
      const fileUrl = fileUrlFrom(process.env);
      const summary = renderSummary({
        result,
        counts,
        failOn: inputs.failOn,
        failed: willFail,
        repoPath: (file) => repoRelativePath(file, resultRoot, repoRoot),
        docsUrl,
        ...(fileUrl ? { fileUrl } : {}),
        sarifFile: path.relative(cwd, sarifPath).split(path.sep).join('/'),
        notAnnotated: inputs.annotations ? hidden.length : shown.length + hidden.length,
      });
      await core.summary.addRaw(summary).write();
    }

    if (incomplete) core.setFailed(`sshlint could not lint everything: ${firstError(result)}`);
    else if (reason !== undefined) core.setFailed(reason);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    core.setFailed(`sshlint: ${message.split('\n')[0] ?? message}`);
  }
}
