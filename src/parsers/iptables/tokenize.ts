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
  let i = 0;
  const n = text.length;
  while (i < n) {
    while (i < n && (text[i] === ' ' || text[i] === '\t' || text[i] === '\r')) i++;
    if (i >= n) break;
    const start = i;
    let value = '';
    let quoted = false;
    let inQuote = false;
    while (i < n) {
      const c = text[i] as string;
      if (inQuote) {
        if (c === '\\' && i + 1 < n) {
          value += text[i + 1];
          i += 2;
          continue;
        }
        if (c === '"') {
          inQuote = false;
          i++;
          continue;
        }
        value += c;
        i++;
        continue;
      }
      if (c === ' ' || c === '\t' || c === '\r') break;
      if (c === '"') {
        inQuote = true;
        quoted = true;
        i++;
        continue;
      }
      value += c;
      i++;
    }
    if (inQuote) {
      tokens.push({ value, line, start: start + 1 + offset, end: i + 1 + offset, quoted });
      return { tokens, unterminated: true };
    }
    tokens.push({ value, line, start: start + 1 + offset, end: i + 1 + offset, quoted });
  }
  return { tokens, unterminated: false };
}
