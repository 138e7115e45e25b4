import type { HostFs } from '../discover/host-fs.js';
import * as fail2banModule from '../model/fail2ban/index.js';
import type { Fail2banModel } from '../model/fail2ban/index.js';
import * as firewallModule from '../model/firewall/index.js';
import type { FirewallModel } from '../model/firewall/index.js';
import type { SourceFile } from '../model/source.js';
import * as sshdModule from '../model/sshd/index.js';
import type { SshdModel } from '../model/sshd/index.js';
import type { TargetName } from '../model/targets.js';

type BuildSshd = (fs: HostFs, options: { target: TargetName; mainPath?: string }) => SshdModel | undefined;
type BuildFirewall = (fs: HostFs, options: { files: readonly SourceFile[]; target: TargetName }) => FirewallModel | undefined;
type BuildFail2ban = (fs: HostFs, options: { target: TargetName }) => Fail2banModel | undefined;

/**
 * The model builders, looked up by their contract names so the pipeline runs while a model is still
 * being written (its part of every host stays undefined until the builder exists).
 */
function builder<T>(module: object, name: string): T | undefined {
  const value = (module as Record<string, unknown>)[name];
  return typeof value === 'function' ? (value as T) : undefined;
}

const buildSshdModel = builder<BuildSshd>(sshdModule, 'buildSshdModel');
const buildFirewallModel = builder<BuildFirewall>(firewallModule, 'buildFirewallModel');
const buildFail2banModel = builder<BuildFail2ban>(fail2banModule, 'buildFail2banModel');

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
  const sshd = sshdMain !== undefined && buildSshdModel ? attempt('sshd', () => buildSshdModel(fs, { target, mainPath: sshdMain })) : undefined;
  const firewall =
    inputs.firewallFiles.length > 0 && buildFirewallModel
      ? attempt('firewall', () => buildFirewallModel(fs, { files: inputs.firewallFiles, target }))
      : undefined;
  const fail2ban = inputs.fail2ban && buildFail2banModel ? attempt('fail2ban', () => buildFail2banModel(fs, { target })) : undefined;
  return { ...(sshd ? { sshd } : {}), ...(firewall ? { firewall } : {}), ...(fail2ban ? { fail2ban } : {}), failures };
}
