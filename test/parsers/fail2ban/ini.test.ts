import { describe, expect, it } from 'vitest';
import type { IniFile } from '../../../src/parsers/fail2ban/ini.js';
import { parseIni } from '../../../src/parsers/fail2ban/ini.js';

// Expected values were produced by fail2ban's own SafeConfigParserWithIncludes (Python 3.11 configparser,
// `inline_comment_prefixes=";"`, strict) on the same text.
function sections(ini: IniFile): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  for (const b of ini.blocks) {
    out[b.name] ??= {};
    for (const e of b.entries) out[b.name]![e.key] = e.value;
  }
  return out;
}

describe('parseIni (fail2ban ConfigParser semantics)', () => {
  it('keeps "#" in values, drops "; " comments, joins continuation lines, lower-cases keys', () => {
    const ini = parseIni('[sshd]\nport = 2222 # ssh\nbantime = 7200 ; 2 hours\nfindtime = 600;x\nlogpath = /a\n   /b tail\n\n   /c\n# comment\nmaxretry: 3\nKey_Upper = V\n', 'j');
    expect(ini.diagnostics).toEqual([]);
    expect(sections(ini)).toEqual({
      sshd: { port: '2222 # ssh', bantime: '7200', findtime: '600;x', logpath: '/a\n/b tail\n\n/c', maxretry: '3', key_upper: 'V' },
    });
  });

  it('treats deeper-indented lines as continuations, even when they look like settings', () => {
    expect(sections(parseIni('[DEFAULT]\n  a = 1\n    b = 2\nc = 3\n', 'j'))).toEqual({ DEFAULT: { a: '1\nb = 2', c: '3' } });
    expect(sections(parseIni('[x]\nv = one\n\n  two\n\n', 'j'))).toEqual({ x: { v: 'one\n\ntwo' } });
  });

  it('reads section names up to the last "]" and the first "=" or ":" as the delimiter', () => {
    expect(sections(parseIni('[sshd] # trailing\nenabled = true\n[a]b]\nk=v\n', 'j'))).toEqual({ sshd: { enabled: 'true' }, 'a]b': { k: 'v' } });
    expect(sections(parseIni('[s]\na:b = c\nurl = http://x:80\n', 'j'))).toEqual({ s: { a: 'b = c', url: 'http://x:80' } });
  });

  it('reports what Python refuses, with locations', () => {
    expect(parseIni('\ufeff[sshd]\nx = 1\n', 'j').diagnostics.map((d) => d.code)).toEqual(['missing-section-header']);
    const dup = parseIni('[sshd]\na = 1\n\n[sshd]\nb = 2\n', 'j');
    expect(dup.diagnostics.map((d) => [d.code, d.location.range.start.line])).toEqual([['duplicate-section', 4]]);
    expect(parseIni('[s]\na = 1\nA = 2\n', 'j').diagnostics.map((d) => [d.code, d.location.range.start.line])).toEqual([['duplicate-option', 3]]);
    expect(parseIni('[s]\njust words\nok = 1\nmore words\n', 'j').diagnostics.map((d) => [d.code, d.location.range.start.line])).toEqual([
      ['parse-error', 2],
      ['parse-error', 4],
    ]);
    // [DEFAULT] may appear twice in one file; its keys still may not.
    expect(parseIni('[DEFAULT]\na = 1\n[DEFAULT]\nb = 2\n', 'j').diagnostics).toEqual([]);
  });

  it('gives every entry key and value positions (1-based, end-exclusive)', () => {
    const e = parseIni('[sshd]\n  port   =  2222  \nlogpath = /a\n    /b\n', 'f.conf').blocks[0]!.entries;
    expect(e[0]!.keyLoc.range).toEqual({ start: { line: 2, column: 3 }, end: { line: 2, column: 7 } });
    expect(e[0]!.valueLoc.range).toEqual({ start: { line: 2, column: 13 }, end: { line: 2, column: 17 } });
    expect(e[1]!.valueLoc.range).toEqual({ start: { line: 3, column: 11 }, end: { line: 4, column: 7 } });
    expect(e[1]!.location.file).toBe('f.conf');
  });

  it('accepts CRLF and CR line ends as Python does', () => {
    expect(sections(parseIni('[s]\r\na = 1\r\nb = 2\r', 'j'))).toEqual({ s: { a: '1', b: '2' } });
  });
});
