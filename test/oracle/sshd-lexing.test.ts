/**
 * Lexing corners against the real `sshd -T`: one line per config made of a keyword (plain, list,
 * raw-rest-of-line and subsystem keywords), a separator (spaces, tab, `=` in every spacing, `==`, vertical
 * tab, form feed) and an argument (quotes of both kinds, escapes, unbalanced quotes, empty quotes, `#` in
 * every position, `=` inside values, `%` tokens, non-ASCII), plus leading and trailing whitespace variants.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkCase } from './lib/check.js';
import { formatMismatch } from './lib/compare.js';
import { sshdOracleReady } from './lib/guard.js';
import { loadKnownMismatches } from './lib/known.js';
import { hostFsForDir } from './lib/ours.js';
import { createSshdOracle } from './lib/sshd.js';
import type { OracleRun } from './lib/sshd.js';
import { scratchDir, writeHostTree } from './lib/tree.js';

const KEYWORDS = ['Banner', 'AllowUsers', 'Port', 'ForceCommand', 'VersionAddendum', 'AuthorizedKeysCommand', 'SetEnv', 'Subsystem'];
const SEPARATORS = [' ', '\t', '=', ' = ', '==', '= ', ' =', '\v', '\f'];
const ARGUMENTS = [
  'x', '"x y"', "'x y'", '"x\\"y"', "'x\\'y'", '"x\\\\y"', 'x\\ y', '""', "''", '"x"y', 'x"y"', '"x" "y"', 'x #c', 'x#c', '"#x"',
  'x "#"', '# x', 'x\t#c', '"unterminated', "'unterminated", 'x\\', '"x\\', 'a=b', '"a=b c"', 'a b', 'sftp /bin/x "a b"',
  'sftp internal-sftp #c', 'é', '%h/%u %%',
];
const LEADING = ['', ' ', '\t', '\v', '\f', '\r', ' \r'];
const TRAILING = ['', ' ', '\t', '\r', '\f', '\v', ' #', ' # c'];

const lines: string[] = [];
for (const k of KEYWORDS) for (const s of SEPARATORS) for (const a of ARGUMENTS) lines.push(`${k}${s}${a}`);
for (const lead of LEADING) for (const trail of TRAILING) lines.push(`${lead}Port 2222${trail}`);

const ready = sshdOracleReady();
const known = loadKnownMismatches();

describe.runIf(ready)('lexing corners vs real sshd -T', () => {
  const scratch = scratchDir('sshd-lexing');
  const real: OracleRun[] = [];
  const roots: string[] = [];

  beforeAll(async () => {
    const oracle = createSshdOracle();
    try {
      lines.forEach((l, i) => roots.push(writeHostTree(`${scratch.dir}/${i}`, { '/etc/ssh/sshd_config': `${l}\n` })));
      const runs = await oracle.run(lines.map((_, i) => ({ hostRoot: roots[i]!, specs: [{}] })));
      real.push(...runs.map((r) => r[0]!));
    } finally {
      oracle.dispose();
    }
  });
  afterAll(() => scratch.dispose());

  it('sshd accepts some lines and refuses others', () => {
    expect(real.filter((r) => r.rc === 0).length).toBeGreaterThan(lines.length * 0.2);
    expect(real.filter((r) => r.rc !== 0).length).toBeGreaterThan(lines.length * 0.2);
  });

  for (const k of [...KEYWORDS, 'Port (whitespace)']) {
    it(k, () => {
      const problems: string[] = [];
      lines.forEach((l, i) => {
        const mine = k === 'Port (whitespace)' ? i >= KEYWORDS.length * SEPARATORS.length * ARGUMENTS.length : l.startsWith(k) && i < KEYWORDS.length * SEPARATORS.length * ARGUMENTS.length;
        if (!mine) return;
        const [f] = checkCase(hostFsForDir(roots[i]!), '/etc/ssh/sshd_config', [{}], [real[i]!]);
        const isKnown = known.has(`lexing:${JSON.stringify(l)}`);
        if (f && !isKnown) problems.push(`${JSON.stringify(l)}: ${formatMismatch(f.mismatch)}`);
        if (!f && isKnown) problems.push(`${JSON.stringify(l)} now agrees with sshd: remove it from sshd-known-mismatches.json`);
      });
      expect(problems, problems.join('\n')).toEqual([]);
    });
  }
});
