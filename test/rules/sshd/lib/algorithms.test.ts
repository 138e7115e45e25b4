/**
 * The algorithm classes against every name the modelled sshd builds support. The expected classes are written out
 * by hand from ssh-audit's algorithm database (FAIL/WARN) as summarised in the sshd catalog, not derived from the code.
 */
import { describe, expect, it } from 'vitest';
import {
  isBrokenCipher,
  isCbcCipher,
  isFipsCipher,
  isNistKex,
  isNistKeyAlgorithm,
  isNonEtmMac,
  isPostQuantumKex,
  isShortTagMac,
  isWeakKex,
  isWeakKeyAlgorithm,
  isWeakMac,
} from '../../../../rules/sshd/lib/algorithms.js';
import { getSshdTarget } from '../../../../src/model/sshd/index.js';
import { TARGET_NAMES } from '../../../../src/model/targets.js';

const all = (pick: (t: ReturnType<typeof getSshdTarget>) => readonly string[]): string[] => [...new Set(TARGET_NAMES.flatMap((t) => pick(getSshdTarget(t))))].sort();
const where = (names: readonly string[], test: (n: string) => boolean): string[] => names.filter(test);

describe('algorithm classes over every supported name', () => {
  it('ciphers', () => {
    const names = all((t) => t.algorithms.ciphers.all);
    expect(where(names, isBrokenCipher)).toEqual(['3des-cbc']);
    expect(where(names, isCbcCipher)).toEqual(['3des-cbc', 'aes128-cbc', 'aes192-cbc', 'aes256-cbc']);
    expect(where(names, (n) => !isFipsCipher(n))).toEqual(['3des-cbc', 'aes128-cbc', 'aes192-cbc', 'aes256-cbc', 'chacha20-poly1305@openssh.com']);
  });

  it('MACs', () => {
    const names = all((t) => t.algorithms.macs.all);
    expect(where(names, isWeakMac)).toEqual([
      'hmac-md5', 'hmac-md5-96', 'hmac-md5-96-etm@openssh.com', 'hmac-md5-etm@openssh.com',
      'hmac-sha1', 'hmac-sha1-96', 'hmac-sha1-96-etm@openssh.com', 'hmac-sha1-etm@openssh.com',
    ]);
    expect(where(names, isShortTagMac)).toEqual(['umac-64-etm@openssh.com', 'umac-64@openssh.com']);
    expect(where(names, (n) => !isWeakMac(n) && isNonEtmMac(n))).toEqual(['hmac-sha2-256', 'hmac-sha2-512', 'umac-128@openssh.com', 'umac-64@openssh.com']);
  });

  it('key exchange', () => {
    const names = all((t) => t.algorithms.kex.all);
    expect(where(names, isWeakKex)).toEqual(['diffie-hellman-group-exchange-sha1', 'diffie-hellman-group1-sha1', 'diffie-hellman-group14-sha1']);
    expect(where(names, isNistKex)).toEqual(['ecdh-sha2-nistp256', 'ecdh-sha2-nistp384', 'ecdh-sha2-nistp521', 'mlkem768nistp256-sha256']);
    expect(where(names, isPostQuantumKex)).toEqual([
      'mlkem768nistp256-sha256', 'mlkem768x25519-sha256', 'sntrup761x25519-sha512', 'sntrup761x25519-sha512@openssh.com',
    ]);
  });

  it('host-key signature algorithms', () => {
    const names = all((t) => t.algorithms.keys.all);
    expect(where(names, isWeakKeyAlgorithm)).toEqual(['ssh-dss', 'ssh-dss-cert-v01@openssh.com', 'ssh-rsa', 'ssh-rsa-cert-v01@openssh.com']);
    expect(where(names, isNistKeyAlgorithm)).toEqual([
      'ecdsa-sha2-nistp256', 'ecdsa-sha2-nistp256-cert-v01@openssh.com', 'ecdsa-sha2-nistp384', 'ecdsa-sha2-nistp384-cert-v01@openssh.com',
      'ecdsa-sha2-nistp521', 'ecdsa-sha2-nistp521-cert-v01@openssh.com', 'sk-ecdsa-sha2-nistp256-cert-v01@openssh.com', 'sk-ecdsa-sha2-nistp256@openssh.com',
      'webauthn-sk-ecdsa-sha2-nistp256@openssh.com',
    ]);
  });
});
