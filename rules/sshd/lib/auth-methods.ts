/**
 * Which authentication methods can succeed in one connection context, read from the effective config.
 * Shared by effective-password-login, no-usable-auth-method and authentication-methods.
 */
import type { EffectiveSetting, SshdEffective } from '../../../src/model/sshd/index.js';
import { firstValue, tryGet } from './settings.js';

export type AuthMethod = 'publickey' | 'password' | 'keyboard-interactive' | 'hostbased' | 'gssapi-with-mic';

export const AUTH_METHODS: readonly AuthMethod[] = ['publickey', 'password', 'keyboard-interactive', 'hostbased', 'gssapi-with-mic'];

/** The keyword that switches each method on or off. */
export const METHOD_KEYWORD: Readonly<Record<AuthMethod, string>> = {
  publickey: 'PubkeyAuthentication',
  password: 'PasswordAuthentication',
  'keyboard-interactive': 'KbdInteractiveAuthentication',
  hostbased: 'HostbasedAuthentication',
  'gssapi-with-mic': 'GSSAPIAuthentication',
};

export interface AuthPicture {
  /** Methods whose keyword is yes in this context (keyboard-interactive also needs UsePAM yes to ask anything). */
  readonly enabled: ReadonlySet<AuthMethod>;
  /** The keyword setting behind each method, when the target knows the keyword. */
  readonly settings: ReadonlyMap<AuthMethod, EffectiveSetting>;
  /** AuthenticationMethods as lists of method names; null for `any` (each enabled method suffices alone). */
  readonly requiredLists: readonly (readonly string[])[] | null;
  readonly authenticationMethods: EffectiveSetting | undefined;
  readonly usePam: EffectiveSetting | undefined;
}

function isYes(setting: EffectiveSetting | undefined): boolean {
  return setting !== undefined && firstValue(setting) === 'yes';
}

/** `keyboard-interactive:pam` names the same method as `keyboard-interactive` for our purposes. */
export function baseMethod(name: string): string {
  const colon = name.indexOf(':');
  return colon === -1 ? name : name.slice(0, colon);
}

export function authPicture(effective: SshdEffective): AuthPicture {
  const enabled = new Set<AuthMethod>();
  const settings = new Map<AuthMethod, EffectiveSetting>();
  const usePam = tryGet(effective, 'UsePAM');
  for (const method of AUTH_METHODS) {
    const setting = tryGet(effective, METHOD_KEYWORD[method]);
    if (setting === undefined) continue;
    settings.set(method, setting);
    // Without PAM, portable sshd on Linux has no keyboard-interactive device that could ask for anything.
    if (method === 'keyboard-interactive' && !isYes(usePam)) continue;
    if (isYes(setting)) enabled.add(method);
  }
  const authenticationMethods = tryGet(effective, 'AuthenticationMethods');
  const words = (authenticationMethods?.values ?? []).flatMap((v) => v.split(/\s+/)).filter((w) => w !== '');
  const requiredLists = words.length === 0 || (words.length === 1 && words[0] === 'any') ? null : words.map((w) => w.split(','));
  return { enabled, settings, requiredLists, authenticationMethods, usePam };
}

export function isMethodEnabled(picture: AuthPicture, name: string): boolean {
  return (picture.enabled as ReadonlySet<string>).has(baseMethod(name));
}

/** The method combinations that can complete a login (each a set of method names). */
export function satisfiableLists(picture: AuthPicture): (readonly string[])[] {
  if (picture.requiredLists === null) return [...picture.enabled].map((m) => [m]);
  return picture.requiredLists.filter((list) => list.every((m) => isMethodEnabled(picture, m)));
}

/** True when some way to log in uses only password-like methods (no key, host or Kerberos proof). */
export function passwordAloneSuffices(picture: AuthPicture, method: 'password' | 'keyboard-interactive'): boolean {
  return satisfiableLists(picture).some(
    (list) => list.some((m) => baseMethod(m) === method) && list.every((m) => ['password', 'keyboard-interactive'].includes(baseMethod(m))),
  );
}
