import type { Located, Location } from '../position.js';
import { invalidAlgorithm } from './algorithms.js';
import { listenAddress, maxStartups, permitOpen, subsystem, validAuthMethods, validTimeout, validUserPattern } from './special-options.js';
import type { OptionEnv, Options } from './store.js';
import { Args, append, list, listEmpty, setFirst, setLast } from './store.js';
import type { SshdTarget } from './targets/types.js';
import type { SshdDiagnosticCode, SshdDirective } from './types.js';
import {
  a2port,
  convtime,
  digestName,
  logFacilityName,
  logLevelName,
  parseIntArg,
  parseIpqos,
  iptosName,
  scanScaled,
  scanfInt,
} from './values.js';

export type { ListValue, OptionEnv, Options, QueuedListen, Scalar } from './store.js';
export { newOptions } from './store.js';
export { validAuthMethods } from './special-options.js';

const YES_NO = [
  ['yes', 1],
  ['no', 0],
] as const;
const MULTI: Readonly<Record<string, readonly (readonly [string, number])[]>> = {
  addressfamily: [['inet', 2], ['inet6', 10], ['any', 0]],
  ignorerhosts: [['yes', 1], ['no', 0], ['shosts-only', 2]],
  gatewayports: [['clientspecified', 2], ['yes', 1], ['no', 0]],
  allowtcpforwarding: [['yes', 3], ['all', 3], ['no', 0], ['remote', 2], ['local', 1]],
  allowstreamlocalforwarding: [['yes', 3], ['all', 3], ['no', 0], ['remote', 2], ['local', 1]],
};

/** Keywords whose value is yes/no. */
const FLAGS = new Set([
  'usepam', 'ignoreuserknownhosts', 'hostbasedauthentication', 'hostbasedusesnamefrompacketonly', 'pubkeyauthentication',
  'kerberosauthentication', 'kerberosorlocalpasswd', 'kerberosticketcleanup', 'gssapiauthentication',
  'gssapicleanupcredentials', 'gssapistrictacceptorcheck', 'gssapikeyexchange', 'gssapistorecredentialsonrekey',
  'passwordauthentication', 'kbdinteractiveauthentication', 'printmotd', 'printlastlog', 'x11forwarding',
  'x11uselocalhost', 'permittty', 'permituserrc', 'strictmodes', 'tcpkeepalive', 'permitemptypasswords', 'usedns',
  'allowagentforwarding', 'disableforwarding', 'streamlocalbindunlink', 'exposeauthinfo', 'debianbanner',
  'gssapidelegatecredentials', 'refuseconnection',
]);

const INTS = new Set(['x11displayoffset', 'maxauthtries', 'maxsessions', 'clientalivecountmax', 'requiredrsasize']);
const TIMES = new Set(['logingracetime', 'clientaliveinterval']);
/** Path options sshd makes absolute (relative to its working directory, `/` for a daemon) unless "none". */
const FILENAMES = new Set(['pidfile', 'modulifile', 'xauthlocation', 'banner', 'trustedusercakeys', 'revokedkeys']);

/**
 * derelativise_path(): "none" (any case) stays; `~` expands to root's home (sshd runs as root); a relative path is
 * joined to `/`, the daemon's working directory.
 */
const INT64_MAX = 2n ** 63n - 1n;

export function derelativise(p: string): string {
  if (p.toLowerCase() === 'none') return 'none';
  const t = tildeExpand(p);
  // sshd joins "cwd/path"; with the daemon's cwd "/" that gives a double slash, which `sshd -T` prints.
  return t.startsWith('/') ? t : `//${t}`;
}

function tildeExpand(p: string): string {
  if (p === '~' || p.startsWith('~/')) return `/root${p.slice(1)}`;
  return p;
}

/**
 * Process one option line the way sshd's big switch does: validate, then store when `active` following the
 * keyword's precedence class. Returns false when the line is bad (sshd counts it or exits).
 */
export function processOption(o: Options, d: SshdDirective, rest: string, active: boolean, env: OptionEnv): boolean {
  const kw = d.keyword.value;
  const c = d.canonical;
  const a = new Args(d.args);
  const lineLoc = d.location;
  const at = (x: Located<string> | undefined): Location => x?.loc ?? lineLoc;
  let ok = true;
  const fail = (code: SshdDiagnosticCode, message: string, where: Location = lineLoc): false => {
    env.report(code, message, where);
    ok = false;
    return false;
  };
  if (active) {
    const applied = o.applied.get(c);
    if (applied) applied.push(d);
    else o.applied.set(c, [d]);
  }
  const missing = (x: Located<string> | undefined): boolean => x === undefined || x.value === '';

  const multistate = (table: readonly (readonly [string, number])[], slot = c): void => {
    const arg = a.next();
    if (missing(arg)) {
      fail('missing-argument', 'missing argument.');
      return;
    }
    const v = arg?.value.toLowerCase() ?? '';
    const hit = table.find(([k]) => k === v);
    if (!hit) {
      fail('invalid-value', `unsupported option "${arg?.value ?? ''}".`, at(arg));
      return;
    }
    const printed = table.find(([, val]) => val === hit[1])?.[0] ?? hit[0];
    setFirst(o, slot, printed, d, active);
  };
  const time = (slot: string): void => {
    const arg = a.next();
    if (missing(arg)) {
      fail('missing-argument', 'missing time value.');
      return;
    }
    const v = convtime(arg?.value);
    if (v === -1) {
      fail('invalid-value', 'invalid time value.', at(arg));
      return;
    }
    setFirst(o, slot, String(v), d, active);
  };
  const int = (): void => {
    const arg = a.next();
    const r = parseIntArg(arg?.value);
    if (!r.ok) {
      fail('invalid-value', `${kw} integer value ${r.error}.`, at(arg));
      return;
    }
    setFirst(o, c, String(r.value), d, active);
  };
  const requireArg = (message: string): Located<string> | undefined => {
    const arg = a.next();
    if (missing(arg)) {
      fail('missing-argument', message);
      return undefined;
    }
    return arg;
  };
  const algorithms = (set: keyof SshdTarget['algorithms'], wildcards: boolean, messageOf: (v: string) => string): void => {
    const arg = requireArg(wildcards ? 'Missing argument.' : `${kw} missing argument.`);
    if (!arg) return;
    const algs = env.target.algorithms[set];
    if (!algs) return;
    if (invalidAlgorithm(arg.value, algs, wildcards) !== null) {
      fail('invalid-value', messageOf(arg.value), arg.loc);
      return;
    }
    // Ciphers, MACs and KexAlgorithms are global-only and stored without the active check in sshd.
    setFirst(o, c, arg.value, d, wildcards ? active : true);
  };

  if (FLAGS.has(c)) multistate(YES_NO);
  else if (c in MULTI) multistate(MULTI[c] ?? YES_NO);
  else if (INTS.has(c)) int();
  else if (TIMES.has(c)) time(c);
  else if (FILENAMES.has(c)) {
    const arg = requireArg('missing file name.');
    if (arg) setFirst(o, c, derelativise(arg.value), d, active);
  } else
    switch (c) {
      case 'permitrootlogin':
        multistate(env.target.multistate.permitRootLogin);
        break;
      case 'compression':
        multistate(env.target.multistate.compression);
        break;
      case 'port': {
        const arg = a.next();
        if (missing(arg)) {
          fail('missing-argument', 'missing port number.');
          break;
        }
        const p = a2port(arg?.value ?? '', env.services);
        if (p <= 0) {
          fail('invalid-value', 'Badly formatted port number.', at(arg));
          break;
        }
        if ((o.lists.get('port')?.values.length ?? 0) >= 256) {
          fail('invalid-value', 'too many ports.');
          break;
        }
        append(o, 'port', String(p), d);
        break;
      }
      case 'listenaddress':
        listenAddress(o, d, a, env, fail);
        break;
      case 'hostkey':
      case 'hostcertificate': {
        const arg = requireArg('missing file name.');
        // servconf_add_hostkey() stores "none" as a null path, which `sshd -T` prints as "(null)".
        if (arg && active) append(o, c, arg.value.toLowerCase() === 'none' ? '(null)' : derelativise(arg.value), d);
        break;
      }
      case 'hostkeyagent': {
        const arg = requireArg('missing socket name.');
        if (arg) setFirst(o, c, arg.value === 'SSH_AUTH_SOCK' ? arg.value : derelativise(arg.value), d, active);
        break;
      }
      case 'securitykeyprovider': {
        const arg = requireArg(`${kw} missing argument.`);
        if (arg) setFirst(o, c, arg.value.toLowerCase() === 'internal' ? arg.value : derelativise(arg.value), d, active);
        break;
      }
      case 'hostbasedacceptedalgorithms':
      case 'hostkeyalgorithms':
      case 'pubkeyacceptedalgorithms':
        algorithms('keys', true, (v) => `Bad key types '${v}'.`);
        break;
      case 'casignaturealgorithms':
        algorithms('signatures', true, (v) => `Bad key types '${v}'.`);
        break;
      case 'ciphers':
        algorithms('ciphers', false, (v) => `Bad SSH2 cipher spec '${v}'.`);
        break;
      case 'macs':
        algorithms('macs', false, (v) => `Bad SSH2 mac spec '${v}'.`);
        break;
      case 'kexalgorithms':
        algorithms('kex', false, (v) => `Bad SSH2 KexAlgorithms '${v}'.`);
        break;
      case 'gssapikexalgorithms': {
        const arg = requireArg(`${kw} missing argument.`);
        const gss = env.target.algorithms.gssKex;
        if (!arg || !gss) break;
        if (invalidAlgorithm(arg.value, gss, false, false) !== null) {
          fail('invalid-value', `Bad GSSAPI KexAlgorithms '${arg.value}'.`, arg.loc);
          break;
        }
        setFirst(o, c, arg.value, d, active);
        break;
      }
      case 'pubkeyauthoptions': {
        let value = 0;
        for (let arg = a.next(); arg; arg = a.next()) {
          const v = arg.value.toLowerCase();
          if (v === 'none') continue;
          if (v === 'touch-required') value |= 1;
          else if (v === 'verify-required') value |= 2;
          else return fail('invalid-value', `unsupported ${kw} option ${arg.value}`, arg.loc);
        }
        const parts = [value & 1 ? 'touch-required' : '', value & 2 ? 'verify-required' : ''].filter(Boolean);
        setFirst(o, c, parts.length ? parts.join(' ') : 'none', d, active);
        break;
      }
      case 'permituserenvironment': {
        const arg = requireArg(`${kw} missing argument.`);
        if (!arg) break;
        if (active && !o.scalars.has(c)) {
          // Exact-case yes/no; anything else is a pattern list of variable names.
          if (arg.value === 'yes' || arg.value === 'no') o.scalars.set(c, { value: arg.value, src: d });
          else {
            o.scalars.set(c, { value: 'yes', src: d });
            o.scalars.set('permituserenvironment.allowlist', { value: arg.value, src: d });
          }
        }
        break;
      }
      case 'rekeylimit': {
        const arg = requireArg(`${kw} missing argument.`);
        if (!arg) break;
        let bytes = 0n;
        if (arg.value !== 'default') {
          const v = scanScaled(arg.value);
          if (v === null) {
            fail('invalid-value', `Bad ${kw} number '${arg.value}': Invalid argument`, arg.loc);
            break;
          }
          // scan_scaled() works in a long long: anything beyond it (8E, 2^63) is ERANGE.
          if (v > INT64_MAX || v < -INT64_MAX - 1n) {
            fail('invalid-value', `Bad ${kw} number '${arg.value}': Numerical result out of range`, arg.loc);
            break;
          }
          if (v !== 0n && v < 16n) {
            fail('invalid-value', `${kw} too small`, arg.loc);
            break;
          }
          bytes = v;
        }
        setFirst(o, 'rekeylimit', bytes.toString(), d, active);
        if (a.remaining > 0) {
          if (a.peek()?.value === 'none') a.next();
          else time('rekeylimit.interval');
        }
        break;
      }
      case 'syslogfacility': {
        const arg = a.next();
        const v = logFacilityName(arg?.value);
        if (v === null) {
          fail('invalid-value', `unsupported log facility '${arg?.value ?? '<NONE>'}'`, at(arg));
          break;
        }
        setFirst(o, c, v, d, true);
        break;
      }
      case 'loglevel': {
        const arg = a.next();
        const v = logLevelName(arg?.value);
        if (v === null) {
          fail('invalid-value', `unsupported log level '${arg?.value ?? '<NONE>'}'`, at(arg));
          break;
        }
        setFirst(o, c, v, d, active);
        break;
      }
      case 'logverbose':
      case 'channeltimeout': {
        const found = listEmpty(o, c);
        let i = 0;
        for (let arg = a.next(); arg; arg = a.next()) {
          if (c === 'logverbose' && arg.value === '') return fail('invalid-value', `keyword ${kw} empty argument`, arg.loc);
          if (arg.value.toLowerCase() === 'none') {
            if (i > 0 || a.remaining > 0) return fail('invalid-value', `keyword ${kw} "none" argument must appear alone.`, arg.loc);
          } else if (c === 'channeltimeout' && !validTimeout(arg.value)) {
            return fail('invalid-value', `invalid channel timeout ${arg.value}`, arg.loc);
          }
          i++;
          if (found && active) append(o, c, arg.value, d);
        }
        break;
      }
      case 'allowusers':
      case 'denyusers':
        for (let arg = a.next(); arg; arg = a.next()) {
          if (arg.value === '' || !validUserPattern(arg.value)) return fail('invalid-value', `invalid ${kw} pattern: "${arg.value}"`, arg.loc);
          if (active) append(o, c, arg.value, d);
        }
        break;
      case 'allowgroups':
      case 'denygroups':
        for (let arg = a.next(); arg; arg = a.next()) {
          if (arg.value === '') return fail('invalid-value', `empty ${kw} pattern`, arg.loc);
          if (active) append(o, c, arg.value, d);
        }
        break;
      case 'acceptenv':
        for (let arg = a.next(); arg; arg = a.next()) {
          if (arg.value === '' || arg.value.includes('=')) return fail('invalid-value', 'Invalid environment name.', arg.loc);
          if (active) append(o, c, arg.value, d);
        }
        break;
      case 'setenv': {
        const first = listEmpty(o, c);
        for (let arg = a.next(); arg; arg = a.next()) {
          if (arg.value === '' || !arg.value.includes('=')) return fail('invalid-value', 'Invalid environment.', arg.loc);
          if (!active || !first) continue;
          const name = arg.value.slice(0, arg.value.indexOf('='));
          if (list(o, c).values.some((v) => v.slice(0, v.indexOf('=')) === name)) continue;
          append(o, c, arg.value, d);
        }
        break;
      }
      case 'authorizedkeysfile': {
        const first = listEmpty(o, c);
        for (let arg = a.next(); arg; arg = a.next()) {
          if (arg.value === '') return fail('invalid-value', `keyword ${kw} empty argument`, arg.loc);
          if (active && first) append(o, c, tildeExpand(arg.value), d);
        }
        break;
      }
      case 'authorizedprincipalsfile': {
        const arg = requireArg(`${kw} missing argument.`);
        if (arg) setFirst(o, c, tildeExpand(arg.value), d, active);
        break;
      }
      case 'authenticationmethods': {
        const found = listEmpty(o, c);
        let sawAny = false;
        let parsed = false;
        for (let arg = a.next(); arg; arg = a.next()) {
          if (arg.value === 'any') {
            // Checked against what is already stored even on an inactive line: in the connection pass this
            // refuses a config whose matching block set methods before a later `AuthenticationMethods any`.
            if (!listEmpty(o, c)) return fail('authentication-methods', `"any" must appear alone in ${kw}`, arg.loc);
            sawAny = true;
          } else if (sawAny) return fail('invalid-value', `"any" must appear alone in ${kw}`, arg.loc);
          else if (!validAuthMethods(arg.value)) return fail('invalid-value', `invalid ${kw} method list.`, arg.loc);
          parsed = true;
          if (found && active) append(o, c, arg.value, d);
        }
        if (!parsed) fail('missing-argument', `no ${kw} specified`);
        break;
      }
      case 'permitopen':
      case 'permitlisten':
        permitOpen(o, d, a, active, fail, env);
        break;
      case 'forcecommand':
        if (rest === '') fail('missing-argument', `${kw} missing argument.`);
        else setFirst(o, c, rest.replace(/^[ \t\r\n]+/, ''), d, active);
        a.consumeAll();
        break;
      case 'versionaddendum': {
        const v = rest.replace(/^[ \t\r\n]+/, '');
        if (v.includes('\r')) fail('invalid-value', `Invalid ${kw} argument`);
        else if (active && !o.scalars.has(c)) o.scalars.set(c, { value: v.toLowerCase() === 'none' ? 'none' : v, src: d });
        a.consumeAll();
        break;
      }
      case 'authorizedkeyscommand':
      case 'authorizedprincipalscommand': {
        const v = rest.replace(/^[ \t\r\n]+/, '');
        if (!v.startsWith('/') && v.toLowerCase() !== 'none') fail('invalid-value', `${kw} must be an absolute path`);
        // sshd tests the AuthorizedKeysCommand slot for both keywords: a quirk we keep.
        else if (active && !o.scalars.has('authorizedkeyscommand')) o.scalars.set(c, { value: v, src: d });
        a.consumeAll();
        break;
      }
      case 'authorizedkeyscommanduser':
      case 'authorizedprincipalscommanduser': {
        const arg = requireArg(`missing ${kw} argument.`);
        if (arg) setFirst(o, c, arg.value, d, active);
        break;
      }
      case 'chrootdirectory': {
        const arg = requireArg(`${kw} missing argument.`);
        if (arg) setFirst(o, c, arg.value, d, active);
        break;
      }
      case 'subsystem':
        subsystem(o, d, a, active, fail, env, kw);
        break;
      case 'maxstartups':
        maxStartups(o, d, a, fail, kw);
        break;
      case 'persourcemaxstartups': {
        const arg = requireArg(`${kw} missing argument.`);
        if (!arg) break;
        let v = 'none';
        if (arg.value !== 'none') {
          const r = parseIntArg(arg.value);
          if (!r.ok) {
            fail('invalid-value', `${kw} integer value ${r.error}.`, arg.loc);
            break;
          }
          // INT_MAX is sshd's internal "none", and prints that way.
          v = r.value === 2147483647 ? 'none' : String(r.value);
        }
        setLast(o, c, v, d, active);
        break;
      }
      case 'persourcenetblocksize': {
        const arg = requireArg(`${kw} missing argument.`);
        if (!arg) break;
        const m = /^[ \t]*([+-]?\d+)(?::[ \t]*([+-]?\d+))?/.exec(arg.value);
        const v4 = m ? scanfInt(m[1] ?? '') : NaN;
        const v6 = m?.[2] !== undefined ? scanfInt(m[2]) : 0;
        if (!m || v4 < 0 || v4 > 32 || (m[2] !== undefined && (v6 < 0 || v6 > 128))) {
          fail('invalid-value', `Invalid ${kw} spec.`, arg.loc);
          break;
        }
        setLast(o, c, `${v4}:${v6}`, d, active);
        break;
      }
      case 'permittunnel': {
        const arg = requireArg(`${kw} missing argument.`);
        if (!arg) break;
        if (!['no', 'point-to-point', 'ethernet', 'yes'].includes(arg.value)) {
          fail('invalid-value', `bad ${kw} argument ${arg.value}`, arg.loc);
          break;
        }
        setFirst(o, c, arg.value, d, active);
        break;
      }
      case 'ipqos': {
        const arg = requireArg(`${kw} missing argument.`);
        if (!arg) break;
        const v1 = parseIpqos(arg.value);
        if (v1 === -1) {
          fail('invalid-value', `Bad ${kw} value: ${arg.value}`, arg.loc);
          break;
        }
        const arg2 = a.next();
        const v2 = arg2 === undefined ? v1 : parseIpqos(arg2.value);
        if (v2 === -1) {
          fail('invalid-value', `Bad ${kw} value: ${arg2?.value ?? ''}`, at(arg2));
          break;
        }
        setLast(o, c, `${iptosName(v1)} ${iptosName(v2)}`, d, active);
        break;
      }
      case 'streamlocalbindmask': {
        const arg = requireArg(`${kw} missing argument.`);
        if (!arg) break;
        const m = /^[ \t]*([+-]?)([0-7]+)/.exec(arg.value);
        const v = m ? parseInt(m[2] ?? '', 8) * (m[1] === '-' ? -1 : 1) : NaN;
        if (!m || v < 0 || v > 0o777) {
          fail('invalid-value', `Invalid ${kw}.`, arg.loc);
          break;
        }
        setLast(o, c, `0${v.toString(8)}`, d, active);
        break;
      }
      case 'fingerprinthash': {
        const arg = requireArg(`${kw} missing argument.`);
        if (!arg) break;
        const v = digestName(arg.value);
        if (v === null) {
          fail('invalid-value', `Invalid ${kw} algorithm "${arg.value}".`, arg.loc);
          break;
        }
        setLast(o, c, v, d, active);
        break;
      }
      case 'rdomain': {
        if (!env.target.behaviour.rdomainSupported) {
          a.consumeAll();
          fail('invalid-value', 'setting RDomain not supported on this platform.');
          break;
        }
        const arg = requireArg(`${kw} missing argument.`);
        if (arg) setFirst(o, c, arg.value, d, active);
        break;
      }
      case 'unusedconnectiontimeout': {
        const first = a.peek();
        if (first && first.value.toLowerCase() === 'none') {
          a.next();
          // A quirk: "none" is stored unconditionally, beating an earlier value.
          setLast(o, c, '0', d, active);
          break;
        }
        time(c);
        break;
      }
      default:
        // Keywords of newer releases we store as a plain first-wins string.
        {
          const arg = requireArg(`${kw} missing argument.`);
          if (arg) setFirst(o, c, arg.value, d, active);
          a.consumeAll();
        }
    }
  if (ok && a.remaining > 0) return fail('extra-arguments', `keyword ${kw} extra arguments at end of line`);
  return ok;
}

