/**
 * The authentication and validity rules on real-world sshd_config files (../shared/corpus, when present).
 * Expected lines were recorded from Debian 12's real sshd (OpenSSH 9.2p1): `sshd -t` for the lines it rejects or
 * calls deprecated, `sshd -T` (no -C) for whether the global context still allows a password.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Severity } from '../../../src/model/finding.js';
import { lintFiles } from '../../../src/engine/run.js';
import { sshdRules } from '../../../rules/sshd/index.js';

const CORPUS = path.resolve('..', 'shared', 'corpus', 'sshd');
const haveCorpus = existsSync(CORPUS);

/** sshd -t on each main file: "line N: Deprecated option X", "line N: Bad SSH2 KexAlgorithms ...". */
const SSHD_T: Readonly<Record<string, readonly (readonly [string, number])[]>> = {
  '0ip__config-files': [['sshd/deprecated-keyword', 2]],
  '24CR__debian-hardening': [],
  '3nc0d3d__sftpConf': [],
  '9aRpu__secure-linux': [],
  'Algebra970__ssh-bastion': [],
  'Arq0n__sshd_config': [],
  'DanWin__hosting': [],
  'FeministWiki__FeministWiki': [],
  'GNUWeeb__server-a001': [],
  'GrapheneOS__infrastructure': [['sshd/unsupported-algorithm-for-version', 23]],
  'NSAKEY__happy-dance': [16, 19, 20, 31, 38].map((line) => ['sshd/deprecated-keyword', line] as const),
  'openssh__openssh-portable': [],
};

/** sshd -T: passwordauthentication yes, or kbdinteractiveauthentication yes with usepam yes, with authenticationmethods any. */
const PASSWORD_FOR_ALL: ReadonlySet<string> = new Set([
  '0ip__config-files',
  '3nc0d3d__sftpConf',
  'Algebra970__ssh-bastion',
  'DanWin__hosting',
  'NSAKEY__happy-dance',
  'openssh__openssh-portable',
]);

const VALIDITY_RULES = new Set([
  'sshd/config-invalid',
  'sshd/unknown-keyword',
  'sshd/invalid-value',
  'sshd/unsupported-algorithm-for-version',
  'sshd/global-only-in-match',
  'sshd/deprecated-keyword',
  'sshd/use-login',
]);

function readTree(dir: string, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    const rel = prefix === '' ? name : `${prefix}/${name}`;
    if (statSync(full).isDirectory()) Object.assign(out, readTree(full, rel));
    else out[rel] = readFileSync(full, 'utf8');
  }
  return out;
}

function lintCase(name: string) {
  const rules = sshdRules.filter((r) => VALIDITY_RULES.has(r.id) || r.id === 'sshd/effective-password-login');
  const levels: Record<string, Severity> = Object.fromEntries(rules.map((r) => [r.id, r.meta.severity]));
  return lintFiles(readTree(path.join(CORPUS, name)), { ruleSet: rules, config: { extends: [], rules: levels } }).result;
}

describe.skipIf(!haveCorpus)('sshd rules on the real-world corpus', () => {
  for (const [name, expected] of Object.entries(SSHD_T)) {
    it(`${name}: reports exactly the lines sshd -t rejects or deprecates`, () => {
      const result = lintCase(name);
      expect(result.notifications.filter((n) => n.level === 'error')).toEqual([]);
      const got = result.findings.filter((f) => VALIDITY_RULES.has(f.ruleId)).map((f) => [f.ruleId, f.location.range.start.line]);
      expect(got).toEqual(expected);
    });
  }
  for (const name of Object.keys(SSHD_T)) {
    if (name === 'GrapheneOS__infrastructure') continue; // sshd -T refuses the file on 9.2: no oracle answer
    it(`${name}: password login for all connections as sshd -T says`, () => {
      const passwordForAll = lintCase(name).findings.some(
        (f) => f.ruleId === 'sshd/effective-password-login' && f.message.includes('for all connections'),
      );
      expect(passwordForAll).toBe(PASSWORD_FOR_ALL.has(name));
    });
  }
});
