/**
 * The fixes of the authentication, access and validity rules really fix: apply every edit a rule proposes,
 * lint again, and the rule has nothing left to say. (The rule tester only checks that edits are well formed.)
 */
import { describe, expect, it } from 'vitest';
import type { RuleDefinition } from '../../../src/engine/define-rule.js';
import type { Edit } from '../../../src/model/finding.js';
import effectivePasswordLogin from '../../../rules/sshd/effective-password-login.js';
import duplicateDirective from '../../../rules/sshd/duplicate-directive.js';
import deprecatedKeyword from '../../../rules/sshd/deprecated-keyword.js';
import loginGraceTime from '../../../rules/sshd/login-grace-time.js';
import maxAuthTries from '../../../rules/sshd/max-auth-tries.js';
import passwordAuthentication from '../../../rules/sshd/password-authentication.js';
import permitRootLogin from '../../../rules/sshd/permit-root-login.js';
import portCommentedOut from '../../../rules/sshd/port-commented-out.js';
import pubkeyAcceptedAlgorithms from '../../../rules/sshd/pubkey-accepted-algorithms.js';
import requiredRsaSize from '../../../rules/sshd/required-rsa-size.js';
import unsupportedAlgorithm from '../../../rules/sshd/unsupported-algorithm-for-version.js';
import useLogin from '../../../rules/sshd/use-login.js';
import { normalizeCase, runCase } from '../../helpers/rule-tester.js';
import type { ValidCase } from '../../helpers/rule-tester.js';

function offset(text: string, line: number, column: number): number {
  let at = 0;
  for (let l = 1; l < line; l++) at = text.indexOf('\n', at) + 1;
  return at + column - 1;
}

/** Apply edits to the repo, last edit first so earlier offsets stay valid. */
function applyEdits(files: Record<string, string>, edits: readonly Edit[]): Record<string, string> {
  const out = { ...files };
  const sorted = [...edits].sort((a, b) => b.range.start.line - a.range.start.line || b.range.start.column - a.range.start.column);
  for (const edit of sorted) {
    const text = out[edit.file];
    if (text === undefined) throw new Error(`fix edits a file that is not in the repo: ${edit.file}`);
    const start = offset(text, edit.range.start.line, edit.range.start.column);
    const end = offset(text, edit.range.end.line, edit.range.end.column);
    out[edit.file] = text.slice(0, start) + edit.text + text.slice(end);
  }
  return out;
}

const INC = 'Include /etc/ssh/sshd_config.d/*.conf\n';
const cases: readonly { rule: RuleDefinition; case: ValidCase; expectText?: Record<string, string> }[] = [
  { rule: permitRootLogin, case: 'PermitRootLogin yes\n', expectText: { 'etc/ssh/sshd_config': 'PermitRootLogin no\n' } },
  { rule: permitRootLogin, case: { code: 'Port 22\n', options: { allowed: ['no'] } }, expectText: { 'etc/ssh/sshd_config': 'PermitRootLogin no\nPort 22\n' } },
  {
    rule: effectivePasswordLogin,
    case: {
      files: {
        'etc/ssh/sshd_config': `${INC}PasswordAuthentication no\n`,
        'etc/ssh/sshd_config.d/50-cloud-init.conf': 'PasswordAuthentication yes\n',
      },
    },
    expectText: { 'etc/ssh/sshd_config.d/50-cloud-init.conf': 'PasswordAuthentication no\n' },
  },
  { rule: effectivePasswordLogin, case: 'UsePAM yes\nPasswordAuthentication no\n' },
  { rule: passwordAuthentication, case: 'PasswordAuthentication no\nMatch Address 10.0.0.0/8\n  PasswordAuthentication yes\n' },
  { rule: maxAuthTries, case: 'Port 22\n' },
  { rule: maxAuthTries, case: { code: 'MaxAuthTries 4\n', options: { max: 2 } }, expectText: { 'etc/ssh/sshd_config': 'MaxAuthTries 2\n' } },
  { rule: loginGraceTime, case: 'LoginGraceTime 0\n' },
  { rule: requiredRsaSize, case: 'Port 22\n' },
  { rule: pubkeyAcceptedAlgorithms, case: 'PubkeyAcceptedAlgorithms +ssh-rsa\n' },
  {
    rule: unsupportedAlgorithm,
    case: 'KexAlgorithms mlkem768x25519-sha256,curve25519-sha256\n',
    expectText: { 'etc/ssh/sshd_config': 'KexAlgorithms curve25519-sha256\n' },
  },
  { rule: duplicateDirective, case: 'X11Forwarding no\nX11Forwarding no\n', expectText: { 'etc/ssh/sshd_config': 'X11Forwarding no\n\n' } },
  { rule: useLogin, case: 'UseLogin no\nPort 22\n' },
  { rule: portCommentedOut, case: '#Port 2222\n', expectText: { 'etc/ssh/sshd_config': 'Port 2222\n' } },
  { rule: deprecatedKeyword, case: 'UsePrivilegeSeparation sandbox\nPort 22\n' },
];

describe('sshd rule fixes', () => {
  cases.forEach((c, i) => {
    it(`${c.rule.id} #${i + 1}`, () => {
      const before = runCase(c.rule, c.case);
      expect(before.length, 'the case must trigger the rule').toBeGreaterThan(0);
      const normalized = normalizeCase(c.case);
      const edits = before.flatMap((f) => {
        expect(f.fix, `${f.messageId} carries a fix`).toBeDefined();
        return f.fix?.edits ?? [];
      });
      const fixed = applyEdits(normalized.files, edits);
      if (c.expectText) for (const [file, text] of Object.entries(c.expectText)) expect(fixed[file]).toBe(text);
      const after = runCase(c.rule, { ...normalized, files: fixed, code: undefined });
      expect(after.map((f) => `${f.location.range.start.line}:${f.messageId}`)).toEqual([]);
    });
  });
});
