import type { SshArtifact, SshArtifactKind } from '../model/ssh-artifacts.js';
import type { SshdModel } from '../model/sshd/index.js';
import type { HostFs } from './host-fs.js';

const PRIVATE_KEY_HEADER = /^-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----/m;

/**
 * Collect a host's SSH artifacts through its HostFs (so the repo-root jail holds): host keys under /etc/ssh and at
 * `extraKeyPaths` (HostKey lines), the moduli file, /etc/sysconfig/sshd and the drop-in folder's file names.
 */
export function collectSshArtifacts(fs: HostFs, options: { extraKeyPaths?: readonly string[]; moduliPath?: string } = {}): SshArtifact[] {
  const out = new Map<string, SshArtifact>();
  const add = (kind: SshArtifactKind, hostPath: string, keepText: boolean): void => {
    if (out.has(hostPath)) return;
    const r = fs.read(hostPath);
    if (!r.ok && r.reason === 'missing') return;
    out.set(hostPath, { kind, hostPath, repoPath: fs.toRepoPath(hostPath), ...(keepText && r.ok ? { text: r.text } : {}) });
  };
  const keyPaths = [...fs.glob('/etc/ssh/ssh_host_*'), ...(options.extraKeyPaths ?? []).flatMap((p) => [p, `${p}.pub`])];
  for (const p of keyPaths) add(p.endsWith('.pub') ? 'public-key' : 'private-key', p, true);
  // A private key under another name still leaks when committed: recognise it by its header. Only names that say
  // "key" are opened, so unrelated (possibly binary) files next to the config are not read.
  for (const p of fs.glob('/etc/ssh/*')) {
    if (out.has(p) || p.endsWith('.pub') || !/key/i.test(p.slice(p.lastIndexOf('/') + 1))) continue;
    const r = fs.read(p);
    if (r.ok && PRIVATE_KEY_HEADER.test(r.text.slice(0, 200))) out.set(p, { kind: 'private-key', hostPath: p, repoPath: r.repoPath, text: r.text });
  }
  add('moduli', options.moduliPath ?? '/etc/ssh/moduli', true);
  add('sysconfig', '/etc/sysconfig/sshd', true);
  for (const p of fs.glob('/etc/ssh/sshd_config.d/*')) {
    if (!out.has(p) && fs.glob(`${p}/*`).length === 0) out.set(p, { kind: 'dropin', hostPath: p, repoPath: fs.toRepoPath(p) });
  }
  return [...out.values()].sort((a, b) => (a.hostPath < b.hostPath ? -1 : a.hostPath > b.hostPath ? 1 : 0));
}

/** The host keys and moduli file the sshd config points at (global context), then collectSshArtifacts. */
export function collectHostSshArtifacts(fs: HostFs, sshd: SshdModel | undefined): SshArtifact[] {
  const global = sshd?.contexts().find((c) => c.match === null)?.effective;
  const values = (keyword: string): readonly string[] => {
    try {
      return global?.get(keyword).values ?? [];
    } catch {
      return []; // a target without the keyword (ModuliFile before OpenSSH 8.6)
    }
  };
  const moduliPath = values('modulifile')[0];
  return collectSshArtifacts(fs, { extraKeyPaths: values('hostkey'), ...(moduliPath !== undefined ? { moduliPath } : {}) });
}
