/**
 * How the anchors judge SSH algorithm names. The classes follow ssh-audit's algorithm database (FAIL/WARN) and
 * the CIS/STIG lists summarised in the sshd catalog; they are policy, so they live with the rules, not the model.
 */
import type { RuleContext } from '../../../src/engine/define-rule.js';
import type { SshdModel } from '../../../src/model/sshd/index.js';
import { listItems, settingsOf, setValueFix, sshdOf } from './settings.js';
import type { ContextSetting } from './settings.js';

/** Broken or obsolete ciphers (ssh-audit FAIL). */
export function isBrokenCipher(name: string): boolean {
  return /^(3des|des|arcfour|blowfish|cast128|rijndael|none)/.test(name);
}

/** CBC mode: padding-oracle history and Terrapin-prone with EtM MACs (ssh-audit WARN). */
export function isCbcCipher(name: string): boolean {
  return name.endsWith('-cbc') || name.endsWith('-cbc@openssh.com');
}

/** FIPS 140 approved ciphers, as in the STIG lists. */
export function isFipsCipher(name: string): boolean {
  return /^aes(128|192|256)-(ctr|gcm@openssh\.com)$/.test(name);
}

/** MD5, SHA-1, RIPEMD-160 and truncated (-96) MACs (ssh-audit FAIL). */
export function isWeakMac(name: string): boolean {
  return /^hmac-(md5|sha1|ripemd160)/.test(name) || /-96(-etm)?(@openssh\.com)?$/.test(name);
}

/** Encrypt-and-MAC instead of encrypt-then-MAC (ssh-audit WARN). */
export function isNonEtmMac(name: string): boolean {
  return !name.includes('-etm@');
}

/** 64-bit tag (ssh-audit WARN). */
export function isShortTagMac(name: string): boolean {
  return name.startsWith('umac-64');
}

/** SHA-1 or 1024-bit groups. */
export function isWeakKex(name: string): boolean {
  return name.endsWith('-sha1') || name.startsWith('rsa1024');
}

/** Key exchange on NIST P-curves (ssh-audit FAIL, allowed by CIS/STIG/FIPS). */
export function isNistKex(name: string): boolean {
  return name.startsWith('ecdh-sha2-nistp') || name.startsWith('mlkem768nistp256');
}

/** Hybrid post-quantum key exchange. */
export function isPostQuantumKex(name: string): boolean {
  return name.startsWith('mlkem768') || name.startsWith('sntrup761x25519') || name.startsWith('sntrup4591761x25519');
}

/** SHA-1 RSA signatures, DSA, and the v00 certificate formats (ssh-audit FAIL). */
export function isWeakKeyAlgorithm(name: string): boolean {
  return name === 'ssh-rsa' || name === 'ssh-dss' || name.startsWith('ssh-rsa-cert-') || name.startsWith('ssh-dss-cert-') || name.includes('-cert-v00@');
}

/** ECDSA on NIST curves, including security-key and webauthn variants (ssh-audit FAIL). */
export function isNistKeyAlgorithm(name: string): boolean {
  return name.includes('ecdsa-sha2-nistp');
}

/** A finding about some names of an algorithm list, with the fix that keeps only the acceptable ones. */
export interface ListFinding {
  readonly messageId: string;
  readonly pick: (name: string) => boolean;
}

/**
 * For an algorithm-list keyword (classes in priority order) (global-only: set in the main section or `Match all`), report each class of bad
 * names once per line that produced the list, with a fix writing the effective list minus every bad name.
 */
export function checkAlgorithmList<O>(
  ctx: RuleContext<O>,
  spec: { keyword: string; display: string; findings: readonly ListFinding[] },
): void {
  const model = sshdOf(ctx);
  if (model === undefined) return;
  const isBad = (name: string): boolean => spec.findings.some((f) => f.pick(name));
  for (const item of settingsOf(model, spec.keyword, (setting) => listItems(setting).some(isBad))) {
    const names = listItems(item.setting);
    const keep = names.filter((n) => !isBad(n));
    // Each name belongs to the first class that picks it, so one name is never reported twice.
    const classOf = (n: string): ListFinding | undefined => spec.findings.find((f) => f.pick(n));
    for (const finding of spec.findings) {
      const bad = names.filter((n) => classOf(n) === finding);
      if (bad.length === 0) continue;
      ctx.report({
        messageId: finding.messageId,
        data: { where: item.where, algorithms: bad.join(', '), count: bad.length },
        at: item.at,
        ...fixOrSuggestion(model, item, spec.display, keep),
      });
    }
  }
}

function fixOrSuggestion(model: SshdModel, item: ContextSetting, display: string, keep: readonly string[]) {
  if (keep.length === 0) return { suggestion: `Choose acceptable ${display}: every algorithm of the current list is rejected` };
  return { fix: setValueFix(model, item, display, keep.join(',')) };
}
