/** Reading rule docs: headings and the `<kind> bad|good` example blocks that test/meta runs through the linter. */

export const DOC_HEADINGS = ['## What it does', '## Why it matters', '## Example', '## Fix', '## Options', '## References'] as const;

export const EXAMPLE_KINDS = ['sshd_config', 'iptables', 'nftables', 'ufw', 'firewalld', 'fail2ban'] as const;
export type ExampleKind = (typeof EXAMPLE_KINDS)[number];

export const DEFAULT_EXAMPLE_PATHS: Readonly<Record<ExampleKind, string>> = {
  sshd_config: 'etc/ssh/sshd_config',
  iptables: 'etc/iptables/rules.v4',
  nftables: 'etc/nftables.conf',
  ufw: 'etc/ufw/user.rules',
  firewalld: 'etc/firewalld/zones/public.xml',
  fail2ban: 'etc/fail2ban/jail.local',
};

export interface DocExample {
  readonly kind: ExampleKind;
  readonly verdict: 'bad' | 'good';
  readonly path: string;
  readonly text: string;
  /** 1-based line of the opening fence, for messages. */
  readonly line: number;
}

/** Every `#`/`##` heading line, in order. */
export function headings(doc: string): string[] {
  const out: string[] = [];
  let inFence = false;
  for (const line of doc.split('\n')) {
    if (/^(```|~~~)/.test(line)) inFence = !inFence;
    else if (!inFence && /^#{1,2} /.test(line)) out.push(line.trimEnd());
  }
  return out;
}

/** Fenced blocks whose info string is `<kind> bad|good [path=...]`, with the section they are in. */
export function examples(doc: string): { section: string; example: DocExample }[] {
  const out: { section: string; example: DocExample }[] = [];
  const lines = doc.split('\n');
  let section = '';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (/^## /.test(line)) section = line.trim();
    const open = /^```(\S+)\s+(bad|good)((?:\s+\S+)*)\s*$/.exec(line);
    if (!open) {
      if (/^```/.test(line)) i = closingFence(lines, i);
      continue;
    }
    const kind = open[1] as ExampleKind;
    const attrs = (open[3] ?? '').trim().split(/\s+/).filter(Boolean);
    const pathAttr = attrs.find((a) => a.startsWith('path='))?.slice('path='.length);
    const end = closingFence(lines, i);
    out.push({
      section,
      example: {
        kind,
        verdict: open[2] as 'bad' | 'good',
        path: pathAttr ?? (EXAMPLE_KINDS.includes(kind) ? DEFAULT_EXAMPLE_PATHS[kind] : ''),
        text: `${lines.slice(i + 1, end).join('\n')}\n`,
        line: i + 1,
      },
    });
    i = end;
  }
  return out;
}

function closingFence(lines: readonly string[], open: number): number {
  for (let j = open + 1; j < lines.length; j++) if (/^```\s*$/.test(lines[j] ?? '')) return j;
  return lines.length;
}

/** All examples with one verdict as one repo; several blocks for one path are concatenated. */
export function exampleRepo(list: readonly DocExample[]): Record<string, string> {
  const files: Record<string, string> = {};
  for (const e of list) files[e.path] = (files[e.path] ?? '') + e.text;
  return files;
}
