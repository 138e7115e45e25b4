/**
 * Every sshd keyword with the same ~70 odd values (numbers in every form and range, units, case variants,
 * none/any/default, quotes, lists, separators, tokens, non-ASCII), one directive per config, compared with
 * the real `sshd -T`: value parsing, validation and normalisation, keyword by keyword.
 *
 * ListenAddress is left out on purpose: sshd resolves its argument with the machine's resolver, so the
 * answer for a name depends on the machine, not the config (see docs/oracles.md).
 *
 * Known differences are listed per value in sshd-known-mismatches.json as `value:<keyword> <value>`; a
 * keyword's test passes only when exactly those values disagree.
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

// The keywords of Debian 12's `sshd -T` dump (minus listenaddress), plus keywords it prints only when set.
const KEYWORDS = [
  'addressfamily', 'allowagentforwarding', 'allowstreamlocalforwarding', 'allowtcpforwarding', 'authenticationmethods',
  'authorizedkeyscommand', 'authorizedkeyscommanduser', 'authorizedkeysfile', 'authorizedprincipalscommand',
  'authorizedprincipalscommanduser', 'authorizedprincipalsfile', 'banner', 'casignaturealgorithms', 'chrootdirectory', 'ciphers',
  'clientalivecountmax', 'clientaliveinterval', 'compression', 'disableforwarding', 'exposeauthinfo', 'fingerprinthash',
  'forcecommand', 'gatewayports', 'gssapiauthentication', 'gssapicleanupcredentials', 'gssapikexalgorithms', 'gssapikeyexchange',
  'gssapistorecredentialsonrekey', 'gssapistrictacceptorcheck', 'hostbasedacceptedalgorithms', 'hostbasedauthentication',
  'hostbasedusesnamefrompacketonly', 'hostkeyagent', 'hostkeyalgorithms', 'ignorerhosts', 'ignoreuserknownhosts', 'ipqos',
  'kbdinteractiveauthentication', 'kerberosauthentication', 'kerberosorlocalpasswd', 'kerberosticketcleanup', 'kexalgorithms',
  'logingracetime', 'loglevel', 'macs', 'maxauthtries', 'maxsessions', 'maxstartups', 'modulifile', 'passwordauthentication',
  'permitemptypasswords', 'permitlisten', 'permitopen', 'permitrootlogin', 'permittty', 'permittunnel', 'permituserenvironment',
  'permituserrc', 'persourcemaxstartups', 'persourcenetblocksize', 'pidfile', 'port', 'printlastlog', 'printmotd',
  'pubkeyacceptedalgorithms', 'pubkeyauthentication', 'pubkeyauthoptions', 'rekeylimit', 'requiredrsasize', 'revokedkeys',
  'securitykeyprovider', 'streamlocalbindmask', 'streamlocalbindunlink', 'strictmodes', 'syslogfacility', 'tcpkeepalive',
  'trustedusercakeys', 'unusedconnectiontimeout', 'usedns', 'usepam', 'versionaddendum', 'x11displayoffset', 'x11forwarding',
  'x11uselocalhost', 'xauthlocation',
  'subsystem', 'acceptenv', 'allowusers', 'denyusers', 'allowgroups', 'denygroups', 'setenv', 'channeltimeout', 'logverbose',
  'hostcertificate', 'hostkey', 'include', 'match', 'rdomain',
];

const VALUES = [
  '0', '1', '-1', '00', '010', '0x10', '2147483647', '2147483648', '99999999999', '1k', '1K', '1M', '1G', '1T', '5m', '1h30m',
  '1w', '3s', 'yes', 'no', 'YES', 'none', 'NONE', 'any', 'all', 'default', 'default none', '""', '"a b"', "'x'", 'a b c', '*',
  '!x', 'a,b', 'a,,b', ',', 'x=y', '%u', '/tmp/x', 'localhost:22', '[::1]:22', '10:30:100', '10:30', '1:2:3:4', 'af21 cs1',
  'ef', 'sha256', 'SHA512', 'INFO', 'verbose', 'AUTH', 'local0', 'inet', 'ssh-ed25519', '+ssh-ed25519', '-ssh-ed25519',
  '^ssh-ed25519', 'touch-required', 'session=1m', 'a:b:1', '022', '0777', 'é', '\\x',
];

// Numeric keywords × range edges: int and long overflow, time units up to the int limit, MaxStartups and
// netblock specs, rekey units, port forms.
const NUMERIC_KEYWORDS = [
  'maxauthtries', 'maxsessions', 'clientalivecountmax', 'clientaliveinterval', 'logingracetime', 'x11displayoffset', 'requiredrsasize',
  'port', 'maxstartups', 'persourcemaxstartups', 'persourcenetblocksize', 'rekeylimit', 'streamlocalbindmask',
  'unusedconnectiontimeout', 'channeltimeout', 'ipqos', 'permitlisten', 'permitopen',
];
const NUMERIC_VALUES = [
  '2147483646', '4294967295', '4294967296', '-0', '+1', '1e3', '0.5', '08', '09', '0x', '0x7fffffff', '1b', '1B', '1KB', '10G',
  '15E', '16E', '1Z', '1H', '1Y', '1h-1m', '60m60s', 'infinity', '1s1s', '0m', '2147483647s', '35791394m', '35791395m', '596523h',
  '596524h', '24855d', '24856d', '3550w', '3551w', '1:1', '1:1:1', '100:1:1', '10:101:1', '0:0:0', '10:0:10', '10:100:10', '1:99:2',
  '32:', ':128', '0x10 0x20', 'af11 af11', '63', '64', '255', '256', 'cs0 0', 'session=0', 'session=1x', '*=1h', 'localhost:0',
  'localhost:65536', '*:*', '1.2.3.4:22', '[1.2.3.4]:22', '[::1]', 'host:port', '0:0', 'none none', 'default default', '1G none',
  'none 1h',
];

const ready = sshdOracleReady();
const known = loadKnownMismatches();

describe.runIf(ready)('every keyword × odd values vs real sshd -T', () => {
  const scratch = scratchDir('sshd-values');
  const real = new Map<string, OracleRun>();
  const roots = new Map<string, string>();
  const pairsByKeyword = new Map<string, string[]>();
  const key = (k: string, v: string): string => `${k} ${v}`;

  beforeAll(async () => {
    const oracle = createSshdOracle();
    try {
      const cases: { id: string; root: string }[] = [];
      for (const k of KEYWORDS) {
        for (const v of VALUES) {
          const id = key(k, v);
          const root = writeHostTree(`${scratch.dir}/${cases.length}`, { '/etc/ssh/sshd_config': `${id}\n` });
          roots.set(id, root);
          cases.push({ id, root });
        }
      }
      const runs = await oracle.run(cases.map((c) => ({ hostRoot: c.root, specs: [{}] })));
      cases.forEach((c, i) => real.set(c.id, runs[i]![0]!));

      const numeric: { id: string; root: string }[] = [];
      for (const k of NUMERIC_KEYWORDS) {
        for (const v of NUMERIC_VALUES) {
          const id = key(k, v);
          const root = writeHostTree(`${scratch.dir}/n${numeric.length}`, { '/etc/ssh/sshd_config': `${id}\n` });
          roots.set(id, root);
          numeric.push({ id, root });
        }
      }
      const numericRuns = await oracle.run(numeric.map((c) => ({ hostRoot: c.root, specs: [{}] })));
      numeric.forEach((c, i) => real.set(c.id, numericRuns[i]![0]!));

      // Repetition: for each keyword, up to three values sshd accepted alone, in ordered pairs, as two
      // global lines, global then `Match all`, and both inside `Match all` (first-wins, accumulation,
      // last-wins quirks, Match overriding the global value).
      const pairCases: { k: string; id: string; root: string }[] = [];
      for (const k of KEYWORDS) {
        if (k === 'include' || k === 'match') continue;
        const ok = VALUES.filter((v) => real.get(key(k, v))?.rc === 0).slice(0, 3);
        for (const a of ok) {
          for (const b of ok) {
            if (a === b) continue;
            for (const [layout, text] of [
              ['global', `${k} ${a}\n${k} ${b}\n`],
              ['global+all', `${k} ${a}\nMatch all\n${k} ${b}\n`],
              ['all', `Match all\n${k} ${a}\n${k} ${b}\n`],
            ] as const) {
              const id = `${layout}: ${k} ${a} / ${k} ${b}`;
              const root = writeHostTree(`${scratch.dir}/p${pairCases.length}`, { '/etc/ssh/sshd_config': text });
              pairCases.push({ k, id, root });
              roots.set(id, root);
            }
          }
        }
      }
      const pairRuns = await oracle.run(pairCases.map((c) => ({ hostRoot: c.root, specs: [{}] })));
      pairCases.forEach((c, i) => {
        real.set(c.id, pairRuns[i]![0]!);
        pairsByKeyword.set(c.k, [...(pairsByKeyword.get(c.k) ?? []), c.id]);
      });
    } finally {
      oracle.dispose();
    }
  });
  afterAll(() => scratch.dispose());

  it('sshd accepts a fair share of the combinations', () => {
    const accepted = [...real.values()].filter((r) => r.rc === 0).length;
    expect(accepted).toBeGreaterThan(real.size * 0.2);
  });

  for (const k of KEYWORDS) {
    it(k, () => {
      const problems: string[] = [];
      for (const v of VALUES) {
        const id = key(k, v);
        const [f] = checkCase(hostFsForDir(roots.get(id)!), '/etc/ssh/sshd_config', [{}], [real.get(id)!]);
        const isKnown = known.has(`value:${id}`);
        if (f && !isKnown) problems.push(`"${id}": ${formatMismatch(f.mismatch)}`);
        if (!f && isKnown) problems.push(`"${id}" now agrees with sshd: remove "value:${id}" from sshd-known-mismatches.json`);
      }
      expect(problems, problems.join('\n')).toEqual([]);
    });
  }

  for (const k of NUMERIC_KEYWORDS) {
    it(`${k} at numeric edges`, () => {
      const problems: string[] = [];
      for (const v of NUMERIC_VALUES) {
        const id = key(k, v);
        const [f] = checkCase(hostFsForDir(roots.get(id)!), '/etc/ssh/sshd_config', [{}], [real.get(id)!]);
        const isKnown = known.has(`value:${id}`);
        if (f && !isKnown) problems.push(`"${id}": ${formatMismatch(f.mismatch)}`);
        if (!f && isKnown) problems.push(`"${id}" now agrees with sshd: remove "value:${id}" from sshd-known-mismatches.json`);
      }
      expect(problems, problems.join('\n')).toEqual([]);
    });
  }

  for (const k of KEYWORDS) {
    if (k === 'include' || k === 'match') continue;
    it(`${k} repeated`, () => {
      const problems: string[] = [];
      for (const id of pairsByKeyword.get(k) ?? []) {
        const [f] = checkCase(hostFsForDir(roots.get(id)!), '/etc/ssh/sshd_config', [{}], [real.get(id)!]);
        const isKnown = known.has(`value:${id}`);
        if (f && !isKnown) problems.push(`"${id}": ${formatMismatch(f.mismatch)}`);
        if (!f && isKnown) problems.push(`"${id}" now agrees with sshd: remove "value:${id}" from sshd-known-mismatches.json`);
      }
      expect(problems, problems.join('\n')).toEqual([]);
    });
  }
});
