import type { HostFs } from '../discover/host-fs.js';
import { buildFail2banModel } from '../model/fail2ban/index.js';
import type { Fail2banModel } from '../model/fail2ban/index.js';
import { buildFirewallModel } from '../model/firewall/index.js';
import type { FirewallModel } from '../model/firewall/index.js';
import type { SourceFile } from '../model/source.js';
import { buildSshdModel } from '../model/sshd/index.js';
import type { SshdModel } from '../model/sshd/index.js';
import type { TargetName } from '../model/targets.js';

export interface ModelInputs {
  readonly target: TargetName;
  /** Host path of the main sshd config, when the host has a readable one. */
  readonly sshdMain: string | undefined;
  readonly firewallFiles: readonly SourceFile[];
  readonly fail2ban: boolean;
}

export interface BuiltModels {
  readonly sshd?: SshdModel;
  readonly firewall?: FirewallModel;
  readonly fail2ban?: Fail2banModel;
  /** Builders that threw: bugs, reported as internal-error notifications rather than crashing the run. */
  readonly failures: readonly { model: 'sshd' | 'firewall' | 'fail2ban'; message: string }[];
}

export function buildModels(fs: HostFs, inputs: ModelInputs): BuiltModels {
  const failures: { model: 'sshd' | 'firewall' | 'fail2ban'; message: string }[] = [];
  const attempt = <T>(model: 'sshd' | 'firewall' | 'fail2ban', fn: () => T | undefined): T | undefined => {
    try {
      return fn();
    } catch (err) {
      failures.push({ model, message: err instanceof Error ? err.message : String(err) });
      return undefined;
    }
  };
  const { target, sshdMain } = inputs;
  const sshd = sshdMain !== undefined ? attempt('sshd', () => buildSshdModel(fs, { target, mainPath: sshdMain })) : undefined;
  const firewall =
    inputs.firewallFiles.length > 0
      ? attempt('firewall', () => buildFirewallModel(fs, { files: inputs.firewallFiles, target }))
      : undefined;
  const fail2ban = inputs.fail2ban ? attempt('fail2ban', () => buildFail2banModel(fs, { target })) : undefined;
  return { ...(sshd ? { sshd } : {}), ...(firewall ? { firewall } : {}), ...(fail2ban ? { fail2ban } : {}), failures };
}
