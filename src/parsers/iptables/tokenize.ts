/** A word of an iptables-restore line, with its 1-based columns (end exclusive) on `line`. */
export interface Token {
  readonly value: string;
  readonly line: number;
  readonly start: number;
  readonly end: number;
  readonly quoted: boolean;
}

/**
 * Split one restore line into words as iptables-restore does: whitespace separates, only double quotes
 * group, and inside them a backslash escapes the next character. Single quotes are ordinary characters
 * (ufw's `--comment 'dapp_OpenSSH'` keeps its quotes). Returns an unterminated-quote flag instead of throwing.
 */
export function tokenizeLine(text: string, line: number, offset = 0): { tokens: Token[]; unterminated: boolean } {
  const tokens: Token[] = [];
  if (!text.includes('"')) {
    // No quotes (most lines): plain whitespace splitting, one pass over the characters.
    const n = text.length;
    let i = 0;
    while (i < n) {
      let c = text.charCodeAt(i);
      while (c === 32 || c === 9 || c === 13) c = text.charCodeAt(++i);
      if (i >= n) break;
      const start = i;
      do c = text.charCodeAt(++i);
      while (i < n && c !== 32 && c !== 9 && c !== 13);
      tokens.push({ value: text.slice(start, i), line, start: start + 1 + offset, end: i + 1 + offset, quoted: false });
    }
    return { tokens, unterminated: false };
  }
  let i = 0;
  const n = text.length;
  while (i < n) {
    let c = text.charCodeAt(i);
    while (i < n && (c === 32 || c === 9 || c === 13)) c = text.charCodeAt(++i);
    if (i >= n) break;
    const start = i;
    let value = '';
    let quoted = false;
    let seg = i;
    for (;;) {
      if (i >= n) break;
      c = text.charCodeAt(i);
      if (c === 32 || c === 9 || c === 13) break;
      if (c !== 34) {
        i++;
        continue;
      }
      // A double-quoted run: copy up to it, then unescape inside it.
      value += text.slice(seg, i);
      quoted = true;
      i++;
      let closed = false;
      seg = i;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d === 92 && i + 1 < n) {
          value += text.slice(seg, i) + text[i + 1];
          i += 2;
          seg = i;
          continue;
        }
        if (d === 34) {
          value += text.slice(seg, i);
          i++;
          seg = i;
          closed = true;
          break;
        }
        i++;
      }
      if (!closed) {
        value += text.slice(seg, i);
        tokens.push({ value, line, start: start + 1 + offset, end: i + 1 + offset, quoted });
        return { tokens, unterminated: true };
      }
    }
    value += text.slice(seg, i);
    tokens.push({ value, line, start: start + 1 + offset, end: i + 1 + offset, quoted });
  }
  return { tokens, unterminated: false };
}
