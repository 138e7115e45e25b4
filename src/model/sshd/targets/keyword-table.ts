import type { KeywordEntry } from './types.js';

/**
 * Compact keyword-table notation: `name` alone is an option whose canonical name is itself; `name>canonical` is an
 * alias; `name!deprecated|unsupported|ignored` is a no-op keyword. A trailing `*` marks SSHCFG_ALL (allowed in Match).
 */
export function keywordTable(spec: string): KeywordEntry[] {
  return spec
    .split(/\s+/)
    .filter(Boolean)
    .map((raw) => {
      const all = raw.endsWith('*');
      const text = all ? raw.slice(0, -1) : raw;
      const scope = all ? 'all' : 'global';
      const bang = text.indexOf('!');
      if (bang !== -1) {
        const name = text.slice(0, bang);
        const what = text.slice(bang + 1);
        if (what === 'deprecated' || what === 'unsupported' || what === 'ignored') return { name, op: { kind: what }, scope };
        throw new Error(`bad keyword spec ${raw}`);
      }
      const arrow = text.indexOf('>');
      const name = arrow === -1 ? text : text.slice(0, arrow);
      const canonical = arrow === -1 ? text : text.slice(arrow + 1);
      if (name === 'match') return { name, op: { kind: 'match' }, scope };
      if (name === 'include') return { name, op: { kind: 'include' }, scope };
      return { name, op: { kind: 'option', canonical }, scope };
    });
}

/** Edit a table for another release: drop names, then add entries (appended, or replacing an entry of the same name). */
export function editTable(base: readonly KeywordEntry[], remove: readonly string[], add: string): KeywordEntry[] {
  const added = keywordTable(add);
  const byName = new Map(added.map((e) => [e.name, e]));
  const out: KeywordEntry[] = [];
  for (const e of base) {
    if (remove.includes(e.name)) continue;
    const replacement = byName.get(e.name);
    if (replacement) {
      out.push(replacement);
      byName.delete(e.name);
    } else out.push(e);
  }
  for (const e of added) if (byName.has(e.name)) out.push(e);
  return out;
}
