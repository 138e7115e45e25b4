import { addrMatchList } from './patterns.js';
import type { Args, Fail, OptionEnv, Options } from './store.js';
import { append, listEmpty } from './store.js';
import type { SshdDirective } from './types.js';
import { a2port, convtime, scanfInt } from './values.js';

/** The keywords whose parsing in sshd is more than "one value, first wins": lists, addresses, subsystems. */

export function validTimeout(s: string): boolean {
  const eq = s.indexOf('=');
  if (eq <= 0) return false;
  return convtime(s.slice(eq + 1)) >= 0;
}

/** match_user() in test mode: only a user@address part is checked (it must be a valid address list). */
export function validUserPattern(p: string): boolean {
  const at = p.indexOf('@');
  if (at === -1) return true;
  return addrMatchList(null, p.slice(at + 1)) !== -2;
}

const AUTH_METHODS = ['none', 'publickey', 'gssapi-with-mic', 'gssapi-keyex', 'password', 'keyboard-interactive', 'hostbased'];

/** auth2_methods_valid() without the "enabled" check: every comma-separated method must be known. */
export function validAuthMethods(list: string): boolean {
  if (list === '') return false;
  return list.split(',').every((m) => AUTH_METHODS.includes(m.split(':')[0] ?? ''));
}

export function listenAddress(o: Options, d: SshdDirective, a: Args, env: OptionEnv, fail: Fail): void {
  const arg = a.next();
  if (!arg || arg.value === '') {
    fail('missing-argument', 'missing address');
    return;
  }
  const v = arg.value;
  let host: string;
  let port = 0;
  const firstColon = v.indexOf(':');
  if (!v.includes('[') && firstColon !== -1 && v.indexOf(':', firstColon + 1) !== -1) {
    host = v; // a bare IPv6 address
  } else {
    const hp = hpdelim(v);
    if (!hp) {
      fail('invalid-value', 'bad address:port usage', arg.loc);
      return;
    }
    host = hp.host;
    if (hp.port !== null) {
      port = a2port(hp.port, env.services);
      if (port <= 0) {
        fail('invalid-value', 'bad port number', arg.loc);
        return;
      }
    }
  }
  let rdomain: string | null = null;
  const r = a.next();
  if (r) {
    const name = a.next();
    if (r.value !== 'rdomain' || !name) {
      fail('invalid-value', 'bad ListenAddress syntax', r.loc);
      return;
    }
    if (!env.target.behaviour.rdomainSupported) {
      fail('invalid-value', 'bad routing domain', name.loc);
      return;
    }
    rdomain = name.value;
  }
  o.listen.push({ addr: host, port, rdomain, src: d });
}

/** hpdelim(): "host", "host:port", "[v6]", "[v6]:port"; null when malformed. */
export function hpdelim(s: string): { host: string; port: string | null } | null {
  if (s.startsWith('[')) {
    const close = s.indexOf(']');
    if (close === -1) return null;
    const host = s.slice(1, close);
    const after = s.slice(close + 1);
    if (after === '') return { host, port: null };
    if (!after.startsWith(':') && !after.startsWith('/')) return null;
    return { host, port: after.slice(1) };
  }
  const idx = s.search(/[:/]/);
  if (idx === -1) return { host: s, port: null };
  return { host: s.slice(0, idx), port: s.slice(idx + 1) };
}

export function permitOpen(o: Options, d: SshdDirective, a: Args, active: boolean, fail: Fail, env: OptionEnv): void {
  const c = d.canonical;
  const kw = d.keyword.value;
  let arg = a.next();
  if (!arg || arg.value === '') {
    fail('missing-argument', `${kw} missing argument.`);
    return;
  }
  const first = listEmpty(o, c);
  if (arg.value === 'any' || arg.value === 'none') {
    if (active && first) append(o, c, arg.value, d);
    return;
  }
  for (; arg && arg.value !== ''; arg = a.next()) {
    let value = arg.value;
    let port: string | null;
    if (c === 'permitlisten' && !value.includes(':')) {
      value = `*:${value}`;
      port = arg.value;
    } else {
      const hp = hpdelim(value);
      if (!hp) {
        fail('invalid-value', `${kw} missing host`, arg.loc);
        return;
      }
      port = hp.port;
    }
    if (port === null || permitOpenPort(port, env) < 0) {
      fail('invalid-value', `${kw} bad port number`, arg.loc);
      return;
    }
    if (active && first) append(o, c, value, d);
  }
}

function permitOpenPort(p: string, env: OptionEnv): number {
  if (p === '*') return 0;
  const n = a2port(p, env.services);
  return n <= 0 ? -1 : n;
}

export function subsystem(o: Options, d: SshdDirective, a: Args, active: boolean, fail: Fail, env: OptionEnv, kw: string): void {
  const name = a.next();
  if (!name || name.value === '') {
    fail('missing-argument', `${kw} missing argument.`);
    return;
  }
  if (!active) {
    a.next();
    return;
  }
  const names = o.lists.get('subsystem.names')?.values ?? [];
  if (names.includes(name.value)) {
    if (env.target.behaviour.duplicateSubsystemFatal) {
      fail('duplicate-subsystem', `Subsystem '${name.value}' already defined.`, name.loc);
      return;
    }
    a.consumeAll();
    return;
  }
  const cmd = a.next();
  if (!cmd || cmd.value === '') {
    fail('missing-argument', 'Missing subsystem command.');
    return;
  }
  const parts = [cmd.value];
  for (let x = a.next(); x; x = a.next()) parts.push(x.value);
  append(o, 'subsystem.names', name.value, d);
  append(o, 'subsystem', `${name.value} ${parts.join(' ')}`, d);
}

/** MaxStartups writes straight into the options (no first-wins), so the last line wins, even partially. */
export function maxStartups(o: Options, d: SshdDirective, a: Args, fail: Fail, kw: string): void {
  const arg = a.next();
  if (!arg || arg.value === '') {
    fail('missing-argument', `${kw} missing argument.`);
    return;
  }
  // sscanf("%d:%d:%d"): leading whitespace and signs are accepted, parsing stops at the first mismatch.
  const m = /^[ \t]*([+-]?\d+)(?::[ \t]*([+-]?\d+)(?::[ \t]*([+-]?\d+))?)?/.exec(arg.value);
  if (!m) {
    fail('invalid-value', `Invalid ${kw} spec.`, arg.loc);
    return;
  }
  const get = (slot: string, dflt: number): number => Number(o.scalars.get(slot)?.value ?? dflt);
  const begin = scanfInt(m[1] ?? '');
  if (m[3] !== undefined) {
    const rate = scanfInt(m[2] ?? '');
    const max = scanfInt(m[3] ?? '');
    o.scalars.set('maxstartups.begin', { value: String(begin), src: d });
    o.scalars.set('maxstartups.rate', { value: String(rate), src: d });
    o.scalars.set('maxstartups.max', { value: String(max), src: d });
    if (begin > max || rate > 100 || rate < 1) {
      fail('invalid-value', `Invalid ${kw} spec.`, arg.loc);
      return;
    }
  } else if (m[2] !== undefined) {
    o.scalars.set('maxstartups.begin', { value: String(begin), src: d });
    o.scalars.set('maxstartups.rate', { value: String(scanfInt(m[2] ?? '')), src: d });
    fail('invalid-value', `Invalid ${kw} spec.`, arg.loc);
    return;
  } else {
    o.scalars.set('maxstartups.begin', { value: String(begin), src: d });
    o.scalars.set('maxstartups.max', { value: String(begin), src: d });
  }
  if (get('maxstartups.max', 100) <= 0 || get('maxstartups.begin', 10) <= 0) fail('invalid-value', `Invalid ${kw} spec.`, arg.loc);
}

