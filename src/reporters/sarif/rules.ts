import type { Severity } from '../../model/finding.js';
import type { RuleDefinition } from '../../engine/define-rule.js';
import type { SarifReportingDescriptor } from './types.js';
import { sentence } from './text.js';

/** What the SARIF rules table needs from the reporter's meta. */
export interface RuleDocsSource {
  /** The rule's Markdown doc (rules/<family>/<name>.md), when there is one. */
  ruleDocs(id: string): string | undefined;
  /** A stable URL for the rule's doc, when there is one. */
  docsUrl(id: string): string | undefined;
}

/** GitHub and the SARIF spec cap these at 1024 characters. */
const MAX_DESCRIPTION = 1024;

/** GitHub shows `problem.severity` for rules that carry no `security-severity`. */
const PROBLEM_SEVERITY: Readonly<Record<Severity, string>> = {
  error: 'error',
  warning: 'warning',
  note: 'recommendation',
};

/** `sshd/permit-root-login` → `SshdPermitRootLogin`: SARIF wants a readable name distinct from the id. */
export function ruleName(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter((part) => part !== '')
    .map((part) => part[0]?.toUpperCase() + part.slice(1))
    .join('');
}

function clip(text: string): string {
  return text.length <= MAX_DESCRIPTION ? text : `${text.slice(0, MAX_DESCRIPTION - 1)}…`;
}

/** The body of a `## Heading` section of a rule doc, up to the next heading of level 1 or 2. */
export function docSection(doc: string, heading: string): string | undefined {
  const lines = doc.split(/\r?\n/);
  const start = lines.findIndex((line) => line.trim().toLowerCase() === `## ${heading.toLowerCase()}`);
  if (start < 0) return undefined;
  const rest = lines.slice(start + 1);
  const stop = rest.findIndex((line) => /^#{1,2}\s/.test(line));
  const body = (stop < 0 ? rest : rest.slice(0, stop)).join('\n').trim();
  return body === '' ? undefined : body;
}

/** First paragraph of a Markdown section, on one line, without emphasis or code marks. */
function firstParagraph(markdown: string): string {
  const paragraph = markdown.split(/\n\s*\n/)[0] ?? markdown;
  return paragraph
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[`*_]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The doc without its `# rule-id` title, which code scanning already shows. */
function docBody(doc: string): string {
  return doc.replace(/^\s*#\s[^\n]*\n+/, '').trim();
}

/** Plain-text help: headings become plain lines, links `text (url)`, code spans lose their backticks. */
function plainHelp(markdown: string): string {
  return markdown
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/\[([^\]]*)\]\(([^)\s]*)\)/g, '$1 ($2)')
    .replace(/(^|[^`])`([^`\n]+)`(?!`)/g, '$1$2');
}

function fallbackHelp(rule: RuleDefinition): { text: string; markdown: string } {
  const refs = rule.meta.references;
  const text = [sentence(rule.meta.description), ...refs.map((r) => `- ${r.title}: ${r.url}`)].join('\n');
  const markdown = [sentence(rule.meta.description), '', ...refs.map((r) => `- [${r.title}](${r.url})`)].join('\n');
  return { text: text.trim(), markdown: markdown.trim() };
}

function properties(rule: RuleDefinition): Record<string, unknown> {
  const { tags, precision, severity, securitySeverity } = rule.meta;
  const uniqueTags = [...new Set(tags)].slice(0, 20);
  const props: Record<string, unknown> = { tags: uniqueTags, precision, 'problem.severity': PROBLEM_SEVERITY[severity] };
  // GitHub treats a result as a security alert only with both the tag and the score.
  if (uniqueTags.includes('security') && securitySeverity !== undefined && securitySeverity > 0) {
    props['security-severity'] = Math.min(10, securitySeverity).toFixed(1);
  }
  return props;
}

/** A SARIF `reportingDescriptor`, derived from the rule's metadata and doc alone. */
export function reportingDescriptor(rule: RuleDefinition, docs: RuleDocsSource): SarifReportingDescriptor {
  const doc = docs.ruleDocs(rule.id);
  const url = docs.docsUrl(rule.id);
  const whatItDoes = doc !== undefined ? docSection(doc, 'What it does') : undefined;
  const help = doc !== undefined && docBody(doc) !== '' ? { text: plainHelp(docBody(doc)), markdown: docBody(doc) } : fallbackHelp(rule);
  return {
    id: rule.id,
    name: ruleName(rule.id),
    shortDescription: { text: clip(sentence(rule.meta.description)) },
    fullDescription: { text: clip(sentence(whatItDoes !== undefined ? firstParagraph(whatItDoes) : rule.meta.description)) },
    help,
    ...(url !== undefined && url !== '' ? { helpUri: url } : {}),
    defaultConfiguration: { level: rule.meta.severity },
    properties: properties(rule),
  };
}
