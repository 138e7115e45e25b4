/**
 * fast-check generators of whole sshd host trees (main config + Include files) and connection specs,
 * for differential tests against the real `sshd -T`. Deterministic for a seed: `sampleSshdCases(seed, n)`.
 */
import fc from 'fast-check';
import type { OracleSpec } from '../lib/sshd.js';
import type { HostFiles } from '../lib/tree.js';
import { BAD_LINES, EXOTIC, KEYWORDS, ODD_LINES } from './sshd-keywords.js';
import type { KeywordPool } from './sshd-keywords.js';

export interface GeneratedCase {
  readonly files: HostFiles;
  readonly specs: readonly OracleSpec[];
}

// Values the connection specs draw from, and the Match patterns built to hit and miss them.
const USERS = ['alice', 'bob', 'root', 'nobody', 'carol', 'dave', 'ALICE'];
const ADDRS = ['10.0.0.5', '10.1.2.3', '192.168.1.10', '192.168.2.1', '203.0.113.7', '::1', '2001:db8::5', 'notanip', '::ffff:10.0.0.5'];
const HOSTS = ['web1.example.com', 'db.example.org', '10.0.0.5', 'localhost', 'WEB1.example.com'];
const LADDRS = ['10.0.0.1', '192.168.1.1', '::1'];
const LPORTS = [22, 2222, 443];
const RDOMAINS = ['vrf1', 'mgmt'];

const PATTERNS: Record<string, readonly string[]> = {
  User: ['alice', 'bob', 'alice,bob', 'a*', '!root,*', 'r?ot', 'carol', '*', 'nosuchuser', '!root', 'alice,!alice', 'ALICE', '"alice"', 'alice,'],
  // Groups that root/nobody are not members of on Debian, plus nogroup (nobody's group): the host's
  // group database decides these, so only names with a stable answer on a stock Debian are used.
  Group: ['sshusers', 'admins', 'nogroup', 'nosuchgroup,sshusers', 'ssh*', '!admins', 'alice', 'root', 'dev?', '*,!admins'],
  Host: ['*.example.com', 'web1.example.com', '10.0.0.*', 'localhost', '!db.example.org,*'],
  Address: ['10.0.0.0/8', '192.168.0.0/16,!192.168.1.0/24', '192.168.1.10', '192.168.*', '10.0.0.?', '2001:db8::/32', '::1', '!10.0.0.0/8,*', '203.0.113.0/24', 'web1.example.com', '0.0.0.0/0', '::/0', '10.0.0.5/32', '!::1'],
  LocalAddress: ['10.0.0.1', '192.168.1.0/24', '::1', '10.*'],
  LocalPort: ['22', '2222', '443'],
  RDomain: ['vrf1', 'mgmt', 'vrf*'],
};
const CRITERIA = Object.keys(PATTERNS);

const INCLUDE_FILES = [
  '/etc/ssh/sshd_config.d/10-a.conf',
  '/etc/ssh/sshd_config.d/20-b.conf',
  '/etc/ssh/sshd_config.d/30-c.cfg',
  '/etc/ssh/extra/x.conf',
  // glob(3) corners: a dot file (`*` skips it), strcmp order of upper case, a folder with a space.
  '/etc/ssh/sshd_config.d/.hidden.conf',
  '/etc/ssh/sshd_config.d/B-upper.conf',
  '/etc/ssh/dir with space/s.conf',
];
const INCLUDE_ARGS = [
  'sshd_config.d/*.conf',
  '/etc/ssh/sshd_config.d/*.conf',
  'sshd_config.d/10-a.conf',
  'sshd_config.d/nomatch*.conf',
  'extra/*.conf sshd_config.d/20-b.conf',
  'sshd_config.d',
  '/etc/ssh/missing.conf',
  'sshd_config.d/*',
  '"/etc/ssh/dir with space/*.conf"',
  '/etc/ssh/dir\\ with\\ space/s.conf',
  '~/x.conf',
  '../ssh/sshd_config.d/*.conf',
  '/etc/ssh/sshd_config.d/../extra/*.conf',
  'sshd_config.d/[1-2]*.conf',
  'sshd_config.d/?0-*.conf',
  'sshd_config.d/{10-a,20-b}.conf',
  'sshd_config.d/.*.conf',
  'sshd_config.d/**',
];

interface Style {
  readonly casing: 'as-is' | 'lower' | 'upper';
  readonly sep: string;
  readonly indent: string;
  readonly comment: string;
  readonly quote: boolean;
}

const styleArb: fc.Arbitrary<Style> = fc.record({
  casing: fc.constantFrom<Style['casing']>('as-is', 'as-is', 'as-is', 'lower', 'upper'),
  sep: fc.constantFrom(' ', ' ', ' ', '=', ' = ', '\t', '  '),
  indent: fc.constantFrom('', '', '', '  ', '\t'),
  comment: fc.constantFrom('', '', '', '', ' # trailing comment', '\t#x'),
  quote: fc.boolean(),
});

function renderDirective(keyword: string, value: string, s: Style): string {
  const kw = s.casing === 'lower' ? keyword.toLowerCase() : s.casing === 'upper' ? keyword.toUpperCase() : keyword;
  const simple = /^[^\s"'#\\]+$/.test(value);
  const v = s.quote && simple ? `"${value}"` : value;
  return `${s.indent}${kw}${s.sep}${v}${s.comment}`;
}

/** One directive line drawn from the pools; `scope` picks which keywords are likely. */
function directiveArb(scope: 'global' | 'match', keywords: readonly KeywordPool[] = KEYWORDS): fc.Arbitrary<string> {
  const pools = keywords.filter((k) => scope === 'global' || k.scope === 'match');
  const strays = KEYWORDS.filter((k) => k.scope === 'global');
  const poolArb = scope === 'match'
    ? fc.oneof({ weight: 60, arbitrary: fc.constantFrom(...pools) }, { weight: 1, arbitrary: fc.constantFrom(...strays) })
    : fc.constantFrom(...pools);
  return poolArb.chain((k: KeywordPool) =>
    fc.tuple(
      fc.constantFrom(k.keyword, ...(k.aliases ?? [])),
      k.bad && k.bad.length > 0
        ? fc.oneof({ weight: 40, arbitrary: fc.constantFrom(...k.values) }, { weight: 1, arbitrary: fc.constantFrom(...k.bad) })
        : fc.constantFrom(...k.values),
      styleArb,
    ).map(([kw, v, s]) => renderDirective(kw, v, s)),
  );
}

function lineArb(scope: 'global' | 'match', allowInclude: boolean): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 60, arbitrary: directiveArb(scope) },
    { weight: 6, arbitrary: directiveArb(scope, EXOTIC) },
    { weight: 2, arbitrary: fc.constantFrom(...ODD_LINES) },
    { weight: 3, arbitrary: fc.constantFrom('', '# a comment', '   ', '#Port 2222') },
    { weight: 1, arbitrary: fc.constantFrom(...BAD_LINES) },
    { weight: allowInclude ? 5 : 0, arbitrary: fc.constantFrom(...INCLUDE_ARGS).map((a) => `Include ${a}`) },
  );
}

const criterionArb: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...CRITERIA), fc.boolean(), fc.boolean())
  .chain(([attr, eq, lower]) =>
    fc.constantFrom(...(PATTERNS[attr] ?? [])).map((p) => `${lower ? attr.toLowerCase() : attr}${eq ? '=' : ' '}${p}`),
  );

const matchLineArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.array(criterionArb, { minLength: 1, maxLength: 2 }).map((c) => `Match ${c.join(' ')}`) },
  { weight: 1, arbitrary: fc.constantFrom('Match all', 'Match All', 'match ALL # rest') },
  { weight: 1, arbitrary: criterionArb.map((c) => `Match ${c} # why this block`) },
  { weight: 1, arbitrary: fc.constantFrom('Match=User alice', '  Match User alice User bob', 'Match User alice Address', 'Match\tHost\t*') },
);

const blockArb = (allowInclude: boolean): fc.Arbitrary<string[]> =>
  fc
    .tuple(matchLineArb, fc.array(lineArb('match', allowInclude), { maxLength: 4 }), fc.constantFrom('  ', '\t', ''))
    .map(([m, lines, ind]) => [m, ...lines.map((l) => (l.startsWith(' ') || l.startsWith('\t') || l === '' ? l : ind + l))]);

function fileArb(opts: { maxGlobal: number; maxBlocks: number; allowInclude: boolean; scope?: 'global' | 'match' }): fc.Arbitrary<string[]> {
  return fc
    .tuple(fc.array(lineArb(opts.scope ?? 'global', opts.allowInclude), { maxLength: opts.maxGlobal }), fc.array(blockArb(opts.allowInclude), { maxLength: opts.maxBlocks }))
    .map(([g, blocks]) => [...g, ...blocks.flat()]);
}

const eolArb = fc.record({ crlf: fc.constantFrom(false, false, false, false, true), finalNewline: fc.constantFrom(true, true, true, false) });

function join(lines: readonly string[], eol: { crlf: boolean; finalNewline: boolean }): string {
  const nl = eol.crlf ? '\r\n' : '\n';
  return lines.join(nl) + (eol.finalNewline && lines.length > 0 ? nl : '');
}

const specArb = (hasLocalPort: boolean): fc.Arbitrary<OracleSpec> =>
  fc
    .record(
      {
        user: fc.constantFrom(...USERS),
        host: fc.constantFrom(...HOSTS),
        addr: fc.constantFrom(...ADDRS),
        laddr: fc.constantFrom(...LADDRS),
        lport: fc.constantFrom(...LPORTS),
        rdomain: fc.constantFrom(...RDOMAINS),
      },
      { requiredKeys: hasLocalPort ? ['user', 'lport'] : ['user'] },
    )
    .map((s) => s as OracleSpec);

export const sshdCaseArb: fc.Arbitrary<GeneratedCase> = fc
  .tuple(
    fileArb({ maxGlobal: 8, maxBlocks: 3, allowInclude: true }),
    // 10-a.conf and extra/x.conf mostly hold keywords allowed in Match, so that including them inside
    // a Match block is usually valid; the other two hold any keyword.
    fc.tuple(
      fileArb({ maxGlobal: 3, maxBlocks: 1, allowInclude: false, scope: 'match' }),
      fileArb({ maxGlobal: 3, maxBlocks: 1, allowInclude: false }),
      fileArb({ maxGlobal: 3, maxBlocks: 1, allowInclude: false }),
      fileArb({ maxGlobal: 3, maxBlocks: 1, allowInclude: false, scope: 'match' }),
      fileArb({ maxGlobal: 2, maxBlocks: 0, allowInclude: false, scope: 'match' }),
      fileArb({ maxGlobal: 2, maxBlocks: 1, allowInclude: false, scope: 'match' }),
      fileArb({ maxGlobal: 2, maxBlocks: 0, allowInclude: false, scope: 'match' }),
    ),
    fc.constantFrom('', '', '', '', '', '', '', 'Include extra/*.conf', 'Include extra/*.conf', 'Include sshd_config.d/10-a.conf', 'Include sshd_config.d/10-a.conf', 'Include sshd_config.d/*.conf'),
    fc.array(eolArb, { minLength: INCLUDE_FILES.length + 1, maxLength: INCLUDE_FILES.length + 1 }),
    // Debian's own layout puts the drop-in Include first; also try it last, and absent.
    fc.constantFrom('none', 'none', 'first', 'first', 'first-relative', 'last'),
    fc.boolean(),
  )
  .chain(([mainLines, incs, nested, eols, dropIns, userDb]) => {
    const main = dropIns === 'first' ? ['Include /etc/ssh/sshd_config.d/*.conf', ...mainLines]
      : dropIns === 'first-relative' ? ['Include sshd_config.d/*.conf', ...mainLines]
      : dropIns === 'last' ? [...mainLines, 'Include /etc/ssh/sshd_config.d/*.conf']
      : mainLines;
    const files: Record<string, string> = { '/etc/ssh/sshd_config': join(main, eols[0]!) };
    INCLUDE_FILES.forEach((p, i) => {
      // 20-b.conf may include further files (nested, or itself → sshd's recursion limit).
      const lines = p.endsWith('20-b.conf') && nested !== '' ? [nested, ...incs[i]!] : incs[i]!;
      files[p] = join(lines, eols[i + 1]!);
    });
    // Some hosts carry their own user and group databases (Match Group reads them) and services file.
    if (userDb) {
      files['/etc/passwd'] = 'root:x:0:0:root:/root:/bin/bash\nalice:x:1000:1000::/home/alice:/bin/sh\nbob:x:1001:1001::/home/bob:/bin/sh\ndave:x:1002:2001::/home/dave:/bin/sh\n';
      files['/etc/group'] = 'root:x:0:\nalice:x:1000:\nbob:x:1001:\nsshusers:x:2000:alice,bob\nadmins:x:2001:carol\ndevs:x:2002:bob, alice\n';
      files['/etc/services'] = 'ssh\t\t22/tcp\nhttps\t\t443/tcp\naltssh\t\t2222/tcp\n';
    }
    const text = Object.values(files).join('\n');
    const hasLocalPort = /localport/i.test(text);
    return fc.tuple(specArb(hasLocalPort), specArb(hasLocalPort)).map(([a, b]): GeneratedCase => ({ files, specs: [{}, a, b] }));
  });

/** `n` cases for `seed`, always the same ones. */
export function sampleSshdCases(seed: number, n: number): GeneratedCase[] {
  return fc.sample(sshdCaseArb, { seed, numRuns: n });
}
