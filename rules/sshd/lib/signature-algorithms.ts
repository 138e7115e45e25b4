/**
 * Shared by the rules on PubkeyAcceptedAlgorithms, HostbasedAcceptedAlgorithms and CASignatureAlgorithms:
 * which signature algorithms are weak, and how to report the effective list of one keyword.
 */
import type { RuleContext } from '../../../src/engine/define-rule.js';
import { listItems, settingsOf, setValueFix, sshdOf } from './settings.js';

/** SHA-1 RSA signatures, DSA (1024-bit, SHA-1) and the pre-standard v00 certificates. */
export function isSha1OrDsa(algorithm: string): boolean {
  return (
    algorithm === 'ssh-rsa' ||
    algorithm === 'ssh-dss' ||
    algorithm === 'ssh-rsa-cert-v01@openssh.com' ||
    algorithm === 'ssh-dss-cert-v01@openssh.com' ||
    algorithm.endsWith('-cert-v00@openssh.com')
  );
}

/** ECDSA over the NIST curves, which ssh-audit rejects (opaque curve constants). */
export function isNistCurve(algorithm: string): boolean {
  return algorithm.includes('nistp');
}

/**
 * Report, once per distinct source, an effective `keyword` list that contains weak algorithms.
 * The fix writes the same list without them (an explicit list is valid on every release).
 */
export function checkSignatureList<O>(
  ctx: RuleContext<O>,
  keyword: string,
  messageId: string,
  isWeak: (algorithm: string) => boolean,
): void {
  const model = sshdOf(ctx);
  if (model === undefined) return;
  for (const item of settingsOf(model, keyword)) {
    const all = listItems(item.setting);
    const weak = all.filter(isWeak);
    if (weak.length === 0) continue;
    const kept = all.filter((a) => !isWeak(a));
    ctx.report({
      messageId,
      data: { where: item.where, weak: weak.join(','), keyword },
      at: item.at,
      ...(kept.length > 0
        ? { fix: { ...setValueFix(model, item, keyword, kept.join(',')), title: `Remove ${weak.join(', ')} from ${keyword}` } }
        : { suggestion: `List only SHA-2 algorithms in ${keyword}, for example ssh-ed25519,rsa-sha2-512,rsa-sha2-256.` }),
    });
  }
}
