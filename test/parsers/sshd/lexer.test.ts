import { describe, expect, it } from 'vitest';
import { lexSshdConfig } from '../../../src/parsers/sshd/lexer.js';

const lex = (text: string) => lexSshdConfig(text, 'etc/ssh/sshd_config');

describe('sshd lexer', () => {
  it('keeps the keyword as written and positions every value (1-based, end-exclusive)', () => {
    const [l] = lex('  PermitRootLogin   no\n').lines;
    expect(l?.keyword.value).toBe('PermitRootLogin');
    expect(l?.keyword.loc.range).toEqual({ start: { line: 1, column: 3 }, end: { line: 1, column: 18 } });
    expect(l?.args.map((a) => [a.value, a.loc.range.start.column, a.loc.range.end.column])).toEqual([['no', 21, 23]]);
    expect(l?.location.range).toEqual({ start: { line: 1, column: 3 }, end: { line: 1, column: 23 } });
  });

  it('splits the keyword on one "=" with or without spaces; a second "=" stays in the value', () => {
    const lines = lex('Port=22\nMaxAuthTries = 3\nMaxAuthTries==3\n').lines;
    expect(lines.map((l) => [l.keyword.value, l.args.map((a) => a.value)])).toEqual([
      ['Port', ['22']],
      ['MaxAuthTries', ['3']],
      ['MaxAuthTries', ['=3']],
    ]);
  });

  it('unquotes double and single quotes and the escapes sshd knows', () => {
    const [l] = lex(`Banner "/etc/issue net" 'a b' x\\ y "q\\"q"\n`).lines;
    expect(l?.args.map((a) => a.value)).toEqual(['/etc/issue net', 'a b', 'x y', 'q"q']);
    expect(l?.badQuotes).toBe(false);
    expect(lex('Banner "/etc/issue\n').lines[0]?.badQuotes).toBe(true);
  });

  it('starts a comment only at the start of a line or of an argument', () => {
    const r = lex('#Port 2222\n  # indented\nPasswordAuthentication no # trailing\nMaxAuthTries 3#x\n');
    expect(r.lines.map((l) => [l.keyword.value, l.args.map((a) => a.value)])).toEqual([
      ['PasswordAuthentication', ['no']],
      ['MaxAuthTries', ['3#x']],
    ]);
    expect(r.comments.map((c) => [c.text, c.location.range.start.line, c.location.range.start.column])).toEqual([
      ['#Port 2222', 1, 1],
      ['# indented', 2, 3],
      ['# trailing', 3, 27],
    ]);
  });

  it('strips CRLF, tabs, form feeds and trailing blanks; keeps a BOM in the keyword', () => {
    const r = lex('\uFEFFPort 22\r\n\tX11Forwarding\tyes \f\r\n');
    expect(r.lines.map((l) => [l.keyword.value, l.args.map((a) => a.value)])).toEqual([
      ['\uFEFFPort', ['22']],
      ['X11Forwarding', ['yes']],
    ]);
    expect(r.lines[1]?.line).toBe(2);
  });

  it('gives the raw rest of the line for keywords that take it verbatim', () => {
    const [l] = lex('ForceCommand  echo "hi there" # kept\n').lines;
    expect(l?.rest.value).toBe('echo "hi there" # kept');
    expect(l?.rest.loc.range.start.column).toBe(15);
  });

  it('reports a keyword without arguments as an empty rest', () => {
    const [l] = lex('X11Forwarding\n').lines;
    expect(l?.rest.value).toBe('');
    expect(l?.args).toEqual([]);
  });
});
