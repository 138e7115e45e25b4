import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The package root: `src/engine/` in a checkout and `dist/cli/` or `dist/action/` in a bundle are both
 * two folders below it, so one relative URL serves all three. The relative part is built at run time
 * because the bundler rewrites a literal `new URL('../../', import.meta.url)` into an asset of its own.
 */
export const PACKAGE_ROOT = new URL(['..', '..', ''].join('/'), import.meta.url);

export const REPOSITORY_URL = 'https://github.com/sshlint/sshlint';

/** Repo-relative path of a built-in rule's doc: `rules/sshd/permit-root-login.md`. */
export function ruleDocPath(id: string): string {
  return `rules/${id}.md`;
}

/** The Markdown doc of a built-in rule, or undefined if the package does not ship it. */
export function readRuleDoc(id: string): string | undefined {
  if (!/^[a-z0-9-]+\/[a-z0-9-]+$/.test(id)) return undefined;
  try {
    return readFileSync(fileURLToPath(new URL(ruleDocPath(id), PACKAGE_ROOT)), 'utf8');
  } catch {
    return undefined;
  }
}

/** Where a built-in rule's doc is published. */
export function ruleDocsUrl(id: string): string {
  return `${REPOSITORY_URL}/blob/main/${ruleDocPath(id)}`;
}
