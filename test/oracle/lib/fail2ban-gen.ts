import fc from 'fast-check';

/**
 * Random jail trees (jail.local and jail.d drop-ins over the stock files) that stress what fail2ban's
 * reader does: DEFAULT overrides, `.local` over `.conf`, jail.d ordering, `%(...)s` interpolation
 * (known/, default/, __name__, missing names, self loops, stray `%`), multi-line values, comments
 * (`;` inline after a space, `#` that is part of a value), `:` delimiters, key case, typos, duplicate
 * keys and sections, lines that are not settings.
 */

const SECTIONS = ['DEFAULT', 'sshd', 'sshd', 'sshd', 'ssh', 'recidive', 'nginx-http-auth', 'dropbear', 'myjail'];

const VALUES: Record<string, readonly string[]> = {
  enabled: ['true', 'false', 'True', 'yes', '1', 'on', 'maybe', '"true"', 'false ; off', 'TRUE', 'y'],
  enable: ['true'],
  port: ['ssh', '2222', 'ssh,2222', '%(known/port)s,2222', '%(default/port)s', '0:65535', '22 # ssh', 'http,https', '%(port)s', '99999'],
  maxretry: ['3', '5', ' 10', 'abc', '%(maxretry)s', '+4', '1_0', '%(default/maxretry)s'],
  maxretyr: ['3'],
  findtime: ['10m', '1h', '600', '1d12h', '5 m', '1mo', 'x', '-5'],
  bantime: ['1h', '-1', '1w', '10m ; ten minutes', '3600', '1year-6mo', '1x', '%(findtime)s'],
  'bantime.increment': ['true', 'false'],
  'bantime.max': ['1w'],
  backend: ['auto', 'systemd', 'polling', '%(sshd_backend)s', 'systemd[journalflags=1]'],
  logpath: ['/var/log/auth.log', '%(sshd_log)s', '/var/log/a.log\n    /var/log/b.log tail', '%(syslog_authpriv)s\n  /var/log/x*.log', '%(undefined_log)s'],
  action: ['%(action_)s', '%(action_mw)s', 'iptables-multiport[port="2222", protocol=tcp]', 'nftables[type=allports]', 'nonexistent-action', 'dummy', '%(action_)s\n    dummy[name=x]', 'iptables[port=22, bad'],
  banaction: ['nftables', 'iptables-allports', 'ufw', 'nftables-multiport', 'iptables-multiport'],
  ignoreip: ['127.0.0.1/8 ::1', '10.0.0.0/8, 192.168.0.0/16', '0.0.0.0/0', '%(known/ignoreip)s 203.0.113.5'],
  filter: ['sshd', 'sshd[mode=aggressive]', '%(__name__)s[mode=%(mode)s]', 'ssh-nonexistent', 'sshd[mode=extra, other="a, b"]', 'sshd [mode=ddos]'],
  mode: ['normal', 'aggressive', 'ddos', 'extra'],
  protocol: ['tcp', 'udp', 'all'],
  chain: ['INPUT', 'f2b-chain'],
  usedns: ['no', '50%', '50%%'],
};

const KEYS = Object.keys(VALUES);

interface Entry {
  key: string;
  value: string;
  style: number;
}

const entryArb: fc.Arbitrary<Entry> = fc
  .constantFrom(...KEYS)
  .chain((key) => fc.record({ key: fc.constant(key), value: fc.constantFrom(...(VALUES[key] ?? [''])), style: fc.nat(12) }));

function renderEntry(e: Entry): string {
  switch (e.style) {
    case 0:
      return `${e.key}: ${e.value}`;
    case 1:
      return `${e.key.toUpperCase()} = ${e.value}`;
    case 2:
      return `${e.key}\t\t= ${e.value}`;
    case 3:
      return `  ${e.key} = ${e.value}`;
    case 4:
      return `${e.key}=${e.value}`;
    case 5:
      return `# ${e.key} = commented out\n${e.key} = ${e.value}`;
    case 6:
      return `${e.key} = ${e.value}\n\n`;
    default:
      return `${e.key} = ${e.value}`;
  }
}

const sectionArb = fc.record({ name: fc.constantFrom(...SECTIONS), entries: fc.uniqueArray(entryArb, { minLength: 0, maxLength: 5, selector: (e) => e.key }) });

const oddLineArb = fc.constantFrom('maxretry 3', '[sshd]', 'enabled = true', '; a comment', '   ', '= value', '\t\tcontinued', '[sshd?family=inet6]', '[Init]', '  # indented comment', 'key ; = x');

type FileSpec = { sections: { name: string; entries: Entry[] }[]; odd: string | null; oddAt: number };

const fileArb: fc.Arbitrary<FileSpec> = fc.record({
  sections: fc.uniqueArray(sectionArb, { minLength: 1, maxLength: 4, selector: (s) => s.name }),
  odd: fc.oneof({ arbitrary: fc.constant(null), weight: 10 }, { arbitrary: oddLineArb, weight: 1 }),
  oddAt: fc.nat(20),
});

function renderFile(f: FileSpec): string {
  const lines: string[] = [];
  for (const s of f.sections) {
    lines.push(`[${s.name}]`);
    for (const e of s.entries) lines.push(renderEntry(e));
  }
  if (f.odd !== null) lines.splice(Math.min(f.oddAt, lines.length), 0, f.odd);
  return `${lines.join('\n')}\n`;
}

const FILE_NAMES = ['jail.local', 'jail.d/10-a.conf', 'jail.d/20-b.local', 'jail.d/00-z.local', 'jail.d/custom.conf', 'extra.conf', 'paths-overrides.local'];

/** `[INCLUDES]` heads for jail files: pull extra.conf (and its .local) before or after the file. */
const includesArb = fc.oneof(
  { arbitrary: fc.constant(''), weight: 6 },
  { arbitrary: fc.constantFrom('[INCLUDES]\nbefore = paths-common.conf\n', '[INCLUDES]\nbefore = extra.conf\n', '[INCLUDES]\nafter = extra.conf\n', '[INCLUDES]\nbefore = paths-debian.conf\n', '[INCLUDES]\nafter = missing.conf\n'), weight: 1 },
);

/** Overrides of a stock action's [Init] defaults, as `action.d/<name>.local` files. */
const actionLocalArb = fc.constantFrom(
  '[Init]\nport = 2200\n',
  '[Init]\nprotocol = udp\nchain = f2b-input\n',
  '[Init?family=inet6]\nblocktype = DROP\n',
  '[Definition]\nactionban = true\n',
  '[Init]\nport = %(undefined)s\n',
);

const jailTreeArb: fc.Arbitrary<Record<string, string>> = fc
  .uniqueArray(fc.constantFrom(...FILE_NAMES), { minLength: 1, maxLength: 4 })
  .chain((names) =>
    fc.tuple(...names.map(() => fc.tuple(includesArb, fileArb))).map((files) => Object.fromEntries(names.map((n, i) => [n, files[i]![0] + renderFile(files[i]![1])]))),
  );

/** Line ends and encodings fail2ban meets in real repos: CRLF, a UTF-8 BOM (Python keeps it), tabs. */
const transformArb = fc.constantFrom<(t: string) => string>(
  (t) => t,
  (t) => t,
  (t) => t,
  (t) => t.replace(/\n/g, '\r\n'),
  (t) => `\ufeff${t}`,
  (t) => t.replace(/^ {2,4}/gm, '\t'),
);

/** Local overrides of the sshd filter: harmless ones, and syntax errors (which refuse the configuration). */
const filterLocalArb = fc.constantFrom(
  '[Definition]\nignoreregex = ^ignored\n',
  '[Init]\nmaxlines = 2\n',
  '[Definition]\nignoreregex = a\nignoreregex = b\n',
  'ignoreregex = x\n',
  '[INCLUDES]\nbefore = common.conf\n[Definition]\n',
);

export const treeArb: fc.Arbitrary<Record<string, string>> = fc
  .tuple(
    jailTreeArb.chain((files) => fc.tuple(...Object.keys(files).map(() => transformArb)).map((ts) => Object.fromEntries(Object.entries(files).map(([n, t], i) => [n, ts[i]!(t)])))),
    fc.oneof({ arbitrary: fc.constant(null), weight: 4 }, { arbitrary: fc.tuple(fc.constantFrom('iptables', 'iptables-multiport', 'nftables'), actionLocalArb), weight: 1 }),
    fc.oneof({ arbitrary: fc.constant(null), weight: 6 }, { arbitrary: filterLocalArb, weight: 1 }),
  )
  .map(([jail, action, filter]) => ({
    ...jail,
    ...(action ? { [`action.d/${action[0]}.local`]: action[1] } : {}),
    ...(filter !== null ? { 'filter.d/sshd.local': filter } : {}),
  }));

export function sampleTrees(seed: number, count: number): Record<string, string>[] {
  return fc.sample(treeArb, { seed, numRuns: count });
}
