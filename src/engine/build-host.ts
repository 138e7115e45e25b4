import type { HostFs } from '../discover/host-fs.js';
import type { HostPlan } from '../discover/hosts.js';
import { formatFamily } from '../discover/detect.js';
import { collectHostSshArtifacts } from '../discover/ssh-artifacts.js';
import type { Notification } from '../model/finding.js';
import type { Host } from '../model/host.js';
import type { SourceFile } from '../model/source.js';
import type { TargetName } from '../model/targets.js';
import { buildModels } from './models.js';

export interface BuiltHost {
  readonly host: Host;
  readonly notifications: readonly Notification[];
  /** False when a model builder crashed (a bug): the run is not complete. */
  readonly complete: boolean;
}

/** Read a host's discovered files and build its models. Unreadable files become notifications. */
export function buildHost(plan: HostPlan, fs: HostFs, repoFs: HostFs, target: TargetName): BuiltHost {
  const notifications: Notification[] = [];
  const files: SourceFile[] = [];
  for (const f of plan.files) {
    const r = repoFs.read(`/${f.path}`);
    if (r.ok) files.push({ path: f.path, text: r.text, format: f.format });
    else notifications.push({ level: 'warning', message: `${r.message}; skipped`, file: f.path });
  }
  const families = new Set(files.map((f) => formatFamily(f.format)));
  const mainSshdReadable = plan.sshdMain !== undefined && families.has('sshd');
  const built = buildModels(fs, {
    target,
    sshdMain: mainSshdReadable ? plan.sshdMain : undefined,
    firewallFiles: files.filter((f) => formatFamily(f.format) === 'firewall'),
    fail2ban: families.has('fail2ban'),
  });
  for (const failure of built.failures) {
    notifications.push({ level: 'error', message: `internal error while building the ${failure.model} model of host ${plan.name}: ${failure.message}`, file: plan.root || undefined });
  }
  const sshArtifacts = collectHostSshArtifacts(fs, built.sshd);
  const host: Host = {
    root: plan.root,
    name: plan.name,
    target,
    files,
    ...(built.sshd ? { sshd: built.sshd } : {}),
    ...(built.firewall ? { firewall: built.firewall } : {}),
    ...(built.fail2ban ? { fail2ban: built.fail2ban } : {}),
    ...(sshArtifacts.length > 0 ? { sshArtifacts } : {}),
  };
  return { host, notifications, complete: built.failures.length === 0 };
}
