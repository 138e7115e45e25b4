/**
 * Directives that never take effect, each with the directive that beat it, classified so that exactly one of
 * duplicate-directive, dropin-shadowing and shadowed-directive reports a given line.
 */
import type { SshdContext, SshdDirective, SshdModel } from '../../../src/model/sshd/index.js';
import { argText } from './expect.js';
import { tryGet } from './settings.js';

export type ShadowKind =
  /** Same file, same section (both global, or the same Match block): a plain repeat. */
  | 'duplicate'
  /** The winner is in another file (an Include order problem). */
  | 'dropin'
  /** Same file, another section: an earlier Match block, or a Match block beating a global line. */
  | 'shadowed';

export interface Shadowed {
  readonly loser: SshdDirective;
  readonly winner: SshdDirective;
  readonly context: SshdContext;
  readonly kind: ShadowKind;
  readonly sameValue: boolean;
}

function sameStart(a: SshdDirective, b: SshdDirective): boolean {
  const x = a.location;
  const y = b.location;
  return x.file === y.file && x.range.start.line === y.range.start.line && x.range.start.column === y.range.start.column;
}

/** Three rules ask for the same model's shadowed directives: compute them once per model. */
const CACHE = new WeakMap<SshdModel, readonly Shadowed[]>();

/** Every directive that is not the source of its keyword in any context, but is overridden in one. */
export function shadowedDirectives(model: SshdModel): Shadowed[] {
  let cached = CACHE.get(model);
  if (cached === undefined) {
    cached = computeShadowed(model);
    CACHE.set(model, cached);
  }
  return [...cached];
}

function computeShadowed(model: SshdModel): Shadowed[] {
  const keywords = [...new Set(model.directives.map((d) => d.canonical).filter((k) => k !== ''))];
  const sources = new Set<SshdDirective>();
  const beatenBy = new Map<SshdDirective, { winner: SshdDirective; context: SshdContext }>();
  for (const context of model.contexts()) {
    for (const keyword of keywords) {
      const setting = tryGet(context.effective, keyword);
      if (setting === undefined) continue;
      if (setting.source) sources.add(setting.source);
      const winner = setting.source;
      if (winner === null) continue;
      for (const loser of setting.overridden) if (!beatenBy.has(loser)) beatenBy.set(loser, { winner, context });
    }
  }
  const out: Shadowed[] = [];
  for (const loser of model.directives) {
    const beat = beatenBy.get(loser);
    if (beat === undefined || sources.has(loser)) continue;
    const { winner, context } = beat;
    // The same line read twice (a file included twice replays its lines): nothing to point at but the line itself.
    if (sameStart(winner, loser)) continue;
    const kind: ShadowKind =
      winner.location.file !== loser.location.file ? 'dropin' : winner.match === loser.match ? 'duplicate' : 'shadowed';
    out.push({ loser, winner, context, kind, sameValue: argText(loser).toLowerCase() === argText(winner).toLowerCase() });
  }
  return out;
}
