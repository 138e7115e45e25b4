import type { Finding, Severity } from '../model/finding.js';
import type { Answer, HostSummary, LintResult } from '../engine/result.js';
import { sentence } from '../reporters/sarif/text.js';

/** Everything the job summary shows; built by the Action, rendered here without I/O. */
export interface SummaryInput {
  readonly result: LintResult;
  readonly counts: Readonly<Record<Severity, number>>;
  readonly failOn: 'error' | 'warning' | 'note' | 'never';
  readonly failed: boolean;
  /** Repo-root-relative path of a result path (undefined outside the repo). */
  readonly repoPath: (file: string) => string | undefined;
  readonly docsUrl: (ruleId: string) => string | undefined;
  /** A link to a file and line on GitHub, when the run knows the repository and commit. */
  readonly fileUrl?: (repoPath: string, line: number) => string;
  /** Workspace-relative SARIF path. */
  readonly sarifFile: string;
  /** How many findings did not fit into annotations. */
  readonly notAnnotated: number;
}

/** GitHub refuses step summaries over 1 MiB; beyond this many rows the findings table stops. */
export const MAX_FINDING_ROWS = 1000;

const ICON: Readonly<Record<Severity, string>> = { error: '🔴', warning: '🟡', note: '🔵' };

/** Table cells: one line, no pipes, no raw HTML. */
function cell(text: string): string {
  return text
    .replace(/\r?\n/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|');
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * ✓ always means "good" so the matrix reads at a glance: the root and password columns ask whether
 * those logins are *disabled*.
 */
function mark(answer: Answer, good: 'yes' | 'no'): string {
  switch (answer) {
    case 'unknown':
      return '?';
    case 'yes':
    case 'no':
      return answer === good ? '✓' : '✗';
  }
}

function hostRow(h: HostSummary): string {
  return `| ${cell(h.name)} | ${cell(h.root || '.')} | ${cell(h.target)} | ${mark(h.sshReachable, 'yes')} | ${mark(h.portConsistent, 'yes')} | ${mark(h.rootLogin, 'no')} | ${mark(h.passwordLogin, 'no')} | ${mark(h.fail2banActive, 'yes')} |`;
}

function ruleLink(id: string, input: SummaryInput): string {
  const url = input.docsUrl(id);
  return url ? `[\`${id}\`](${url})` : `\`${id}\``;
}

function whereLink(f: Finding, input: SummaryInput): string {
  const line = f.location.range.start.line;
  const rel = input.repoPath(f.location.file);
  const label = `\`${cell(rel ?? f.location.file)}:${line}\``;
  return rel !== undefined && input.fileUrl ? `[${label}](${input.fileUrl(rel, line)})` : label;
}

function verdict(input: SummaryInput): string {
  const { counts, failOn, failed, result } = input;
  const total = counts.error + counts.warning + counts.note;
  const totals = `${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.note, 'note')}`;
  const threshold = failOn === 'never' ? 'this step never fails on findings' : `this step fails on \`${failOn}\` and above`;
  if (!result.executionSuccessful) return `❌ **sshlint could not check everything** (${totals}): see the problems below.`;
  if (total === 0) return `✅ **No findings** in ${plural(result.files.length, 'file')} on ${plural(result.hosts.length, 'host')}.`;
  return `${failed ? '❌' : '⚠️'} **${totals}** in ${plural(result.files.length, 'file')} on ${plural(result.hosts.length, 'host')}; ${threshold}.`;
}

/** The job summary in GitHub-flavoured Markdown. */
export function renderSummary(input: SummaryInput): string {
  const { result, counts } = input;
  const findings = result.findings.filter((f) => !f.suppressed);
  const suppressed = result.findings.length - findings.length;
  const out: string[] = ['## sshlint', '', verdict(input), ''];

  out.push('| Severity | Findings |', '| --- | ---: |');
  for (const s of ['error', 'warning', 'note'] as const) out.push(`| ${ICON[s]} ${s} | ${counts[s]} |`);
  if (suppressed > 0) out.push(`| suppressed inline | ${suppressed} |`);
  out.push('');

  if (result.hosts.length > 0) {
    out.push(
      '### Hosts',
      '',
      '| Host | Root | Target | SSH reachable | Port consistent | Root login disabled | Password login disabled | fail2ban active |',
      '| --- | --- | --- | :---: | :---: | :---: | :---: | :---: |',
      ...result.hosts.map(hostRow),
      '',
      '✓ good · ✗ needs attention · ? not enough files to tell',
      '',
    );
  }

  if (findings.length > 0) {
    const byRule = new Map<string, Finding[]>();
    for (const f of findings) byRule.set(f.ruleId, [...(byRule.get(f.ruleId) ?? []), f]);
    const rank: Readonly<Record<Severity, number>> = { error: 0, warning: 1, note: 2 };
    const rules = [...byRule].sort(
      ([a, fa], [b, fb]) => rank[worst(fa)] - rank[worst(fb)] || fb.length - fa.length || (a < b ? -1 : 1),
    );
    out.push('### Rules', '', '| Rule | Severity | Findings | What it checks |', '| --- | --- | ---: | --- |');
    for (const [id, list] of rules) {
      const description = result.rules.find((r) => r.id === id)?.meta.description ?? '';
      out.push(`| ${ruleLink(id, input)} | ${worst(list)} | ${list.length} | ${cell(description)} |`);
    }
    out.push('');

    out.push('### Findings', '', '| | Where | Rule | Message |', '| --- | --- | --- | --- |');
    const ordered = [...findings].sort((a, b) => rank[a.severity] - rank[b.severity]);
    for (const f of ordered.slice(0, MAX_FINDING_ROWS)) {
      const message = f.suggestion ? `${sentence(f.message)} ${sentence(f.suggestion)}` : sentence(f.message);
      out.push(`| ${ICON[f.severity]} | ${whereLink(f, input)} | ${ruleLink(f.ruleId, input)} | ${cell(message)} |`);
    }
    if (ordered.length > MAX_FINDING_ROWS) out.push('', `…and ${ordered.length - MAX_FINDING_ROWS} more in \`${input.sarifFile}\`.`);
    out.push('');
  }

  if (result.notifications.length > 0) {
    out.push('### Problems running sshlint', '');
    for (const n of result.notifications) {
      const where = n.file !== undefined ? `\`${cell(n.file)}${n.line !== undefined ? `:${n.line}` : ''}\`: ` : '';
      out.push(`- **${n.level}** ${where}${cell(n.message)}`);
    }
    out.push('');
  }

  out.push('### What to do next', '');
  if (findings.length > 0) {
    out.push(
      '- Fix errors first: they are lockouts, configs the program refuses, or severe exposure. Each rule link explains the fix.',
      '- Reproduce locally with `npx sshlint <path>`, and read a rule with `npx sshlint explain <rule>`.',
      '- If a finding is intended, keep it visible to reviewers: add `# sshlint-disable-next-line <rule> -- <reason>` above the line.',
    );
    if (input.notAnnotated > 0) out.push(`- ${plural(input.notAnnotated, 'finding')} did not fit into annotations (GitHub shows 10 per level and step); all are listed above.`);
  } else {
    out.push('- Nothing to fix. Keep this step in your pull-request workflow so that a change that locks you out is caught before deploy.');
  }
  out.push(`- Upload \`${input.sarifFile}\` with \`github/codeql-action/upload-sarif\` to track findings as code-scanning alerts.`);
  return `${out.join('\n')}\n`;
}

function worst(list: readonly Finding[]): Severity {
  if (list.some((f) => f.severity === 'error')) return 'error';
  if (list.some((f) => f.severity === 'warning')) return 'warning';
  return 'note';
}
