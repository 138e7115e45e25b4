import { XMLValidator } from 'fast-xml-parser';

/**
 * A light element scanner for firewalld's small XML files: tags, attributes and the line/column of each start
 * tag (fast-xml-parser validates the document but gives no positions). Comments, the XML declaration and
 * CDATA are skipped. Never throws.
 */

export interface XmlElement {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: XmlElement[];
  readonly line: number;
  readonly col: number;
  /** End column (exclusive) of the start tag on its line (the tag may span lines: then its first line's end). */
  readonly end: number;
  /** Text content directly inside the element (for `<short>` and friends). */
  text: string;
}

export interface XmlParse {
  readonly root?: XmlElement;
  readonly error?: { readonly message: string; readonly line: number; readonly col: number };
}

const TAG = /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[[\s\S]*?\]\]>|<!DOCTYPE[^>]*>|<(\/?)([A-Za-z_][\w.-]*)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g;
const ATTR = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

function unescape(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

export function scanXml(text: string): XmlParse {
  const valid = XMLValidator.validate(text);
  if (valid !== true) return { error: { message: valid.err.msg, line: valid.err.line, col: valid.err.col } };
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const position = (offset: number): { line: number; col: number } => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((lineStarts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, col: offset - (lineStarts[lo] ?? 0) + 1 };
  };
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let last = 0;
  for (const m of text.matchAll(TAG)) {
    const offset = m.index;
    if (stack.length > 0) {
      const top = stack[stack.length - 1];
      if (top) top.text += text.slice(last, offset);
    }
    last = offset + m[0].length;
    const name = m[2];
    if (!name) continue;
    if (m[1] === '/') {
      const done = stack.pop();
      if (done) done.text = unescape(done.text.trim());
      continue;
    }
    const attrs: Record<string, string> = {};
    for (const a of (m[3] ?? '').matchAll(ATTR)) attrs[a[1] ?? ''] = unescape(a[2] ?? a[3] ?? '');
    const start = position(offset);
    const firstLine = m[0].split('\n')[0] ?? '';
    const el: XmlElement = { name, attrs, children: [], line: start.line, col: start.col, end: start.col + firstLine.length, text: '' };
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(el);
    else root ??= el;
    if (m[4] !== '/') stack.push(el);
  }
  return root ? { root } : { error: { message: 'no root element', line: 1, col: 1 } };
}
