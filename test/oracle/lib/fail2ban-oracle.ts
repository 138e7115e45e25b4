import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * fail2ban's own reader as an oracle: one /usr/bin/python3 process runs, for many config trees, exactly
 * what `fail2ban-client -c DIR -d` runs (Configurator.readAll, getOptions(ignoreWrong=True),
 * convertToProtocol(allow_no_files=True)) and reports per tree whether the dump would succeed, plus every
 * jail section's interpolated values as ConfigParser computes them.
 */

export const PYTHON = '/usr/bin/python3';
export const STOCK = '/etc/fail2ban';

const SCRIPT = String.raw`
import json, logging, sys
logging.disable(logging.CRITICAL)
from fail2ban.client.configurator import Configurator
from fail2ban.helpers import _as_bool
from fail2ban.server.mytime import MyTime
KEYS = ["enabled", "backend", "filter", "port", "protocol", "logpath", "maxretry", "findtime", "bantime",
        "ignoreip", "banaction", "action", "mode"]

def tree(d):
    out = {"dir": d}
    c = Configurator()
    c.setBaseDir(d)
    try:
        c.Reload()
        c.readAll()
        ret = c.getOptions(None, None, ignoreWrong=True)
        c.convertToProtocol(allow_no_files=True)
        out["ok"] = bool(ret)
    except Exception as e:
        out["ok"] = False
        out["error"] = "%s: %s" % (type(e).__name__, e)
    jr = c._Configurator__jails
    cfg = jr._cfg
    jails = {}
    try:
        names = [s for s in jr.sections() if s != "INCLUDES"]
    except Exception:
        names = []
    for s in names:
        vals = {}
        for k in KEYS:
            try:
                v = cfg.get(s, k)
                vals[k] = v.replace(d, "/etc/fail2ban") if isinstance(v, str) else v
            except Exception as e:
                if type(e).__name__ == "NoOptionError":
                    vals[k] = None
                else:
                    vals[k] = {"error": type(e).__name__}
        secs = {}
        for k in ("findtime", "bantime"):
            if isinstance(vals.get(k), str):
                try:
                    secs[k] = float(MyTime.str2seconds(vals[k]))
                except Exception:
                    secs[k] = None
        jails[s] = {"values": vals, "seconds": secs,
                    "enabled": _as_bool(vals["enabled"]) if isinstance(vals["enabled"], str) else False}
    for j in jr.jails:
        info = jails.setdefault(j.getName(), {})
        opts = j.options or {}
        info["configError"] = opts.get("config-error")
        info["maxretry"] = opts.get("maxretry")
        acts = []
        for a in j._JailReader__actions:
            if isinstance(a, list):
                acts.append({"name": a[3], "file": a[4].rsplit("/", 1)[-1], "params": json.loads(a[5])})
            else:
                init = dict(getattr(a, "_initOpts", {}) or {})
                acts.append({"name": a.getName(), "file": a.getFile(),
                             "params": {k: v for k, v in init.items() if not k.startswith("known/")}})
        info["actions"] = acts
        info["started"] = bool(j.isEnabled()) and not opts.get("config-error")
    out["jails"] = jails
    out["order"] = names
    return out

for line in sys.stdin:
    d = line.strip()
    if d:
        print(json.dumps(tree(d), default=str), flush=True)
`;

export interface OracleJail {
  values: Record<string, string | null | { error: string }>;
  seconds: Record<string, number | null>;
  enabled: boolean;
  configError?: string | null;
  maxretry?: number | null;
  actions?: { name: string; file: string; params: Record<string, string> }[];
  started?: boolean;
}

export interface OracleTree {
  dir: string;
  ok: boolean;
  error?: string;
  jails: Record<string, OracleJail>;
  order: string[];
}

export function fail2banAvailable(): boolean {
  if (!existsSync(PYTHON) || !existsSync(`${STOCK}/jail.conf`)) return false;
  return spawnSync(PYTHON, ['-c', 'import fail2ban.client.configurator'], { stdio: 'ignore' }).status === 0;
}

/** The installed fail2ban's version (the suites compare with sshlint's debian-12 data, i.e. Debian's 1.0.2). */
export function fail2banVersion(): string {
  const r = spawnSync(PYTHON, ['-c', 'import fail2ban.version as v; print(v.version)'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : '';
}

/** Evaluate many trees in one python process. */
export function runOracle(dirs: readonly string[]): OracleTree[] {
  const res = spawnSync(PYTHON, ['-c', SCRIPT], { input: `${dirs.join('\n')}\n`, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  if (res.status !== 0) throw new Error(`fail2ban oracle failed: ${res.stderr}`);
  return res.stdout
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as OracleTree);
}

/**
 * A config tree for fail2ban: the Debian 12 stock files (fail2ban.conf, paths, filters, actions linked;
 * jail.conf and jail.d/defaults-debian.conf copied, as the package installs them) overlaid with `files`
 * (paths relative to /etc/fail2ban).
 */
export function makeTree(parent: string, files: Readonly<Record<string, string>>): string {
  const d = mkdtempSync(path.join(parent, 't'));
  mkdirSync(path.join(d, 'jail.d'));
  for (const x of ['fail2ban.conf', 'fail2ban.d', 'paths-common.conf', 'paths-debian.conf', 'paths-arch.conf', 'paths-opensuse.conf']) {
    if (!(x in files)) symlinkSync(path.join(STOCK, x), path.join(d, x));
  }
  for (const x of ['filter.d', 'action.d']) {
    if (!Object.keys(files).some((f) => f.startsWith(`${x}/`))) {
      symlinkSync(path.join(STOCK, x), path.join(d, x));
      continue;
    }
    // The tree brings its own files here: link every stock file beside them.
    mkdirSync(path.join(d, x));
    for (const name of readdirSync(path.join(STOCK, x))) {
      if (!(`${x}/${name}` in files)) symlinkSync(path.join(STOCK, x, name), path.join(d, x, name));
    }
  }
  if (!('jail.conf' in files)) copyFileSync(path.join(STOCK, 'jail.conf'), path.join(d, 'jail.conf'));
  if (!('jail.d/defaults-debian.conf' in files)) copyFileSync(path.join(STOCK, 'jail.d/defaults-debian.conf'), path.join(d, 'jail.d/defaults-debian.conf'));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(d, rel)), { recursive: true });
    writeFileSync(path.join(d, rel), text);
  }
  return d;
}

export function scratchDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'sshlint-f2b-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
