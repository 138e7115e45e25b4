/**
 * The sshd model: sshd_config read the way OpenSSH's sshd reads it (lexing, Include, Match, first-value-wins and its
 * exceptions, validation), per target release. Rules and the engine use only this API.
 */
export { buildSshdModel } from './build.js';
export type { BuildSshdOptions } from './build.js';
export type {
  ConnectionSpec,
  EffectiveSetting,
  SshdComment,
  SshdContext,
  SshdDiagnostic,
  SshdDiagnosticCode,
  SshdDiagnosticSeverity,
  SshdDirective,
  SshdEffective,
  SshdMatchBlock,
  SshdMatchCriterion,
  SshdModel,
} from './types.js';
export { getSshdTarget } from './targets/index.js';
export type { SshdTarget } from './targets/index.js';
export { displayName as sshdKeywordName } from './names.js';
