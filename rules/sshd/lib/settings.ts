/**
 * Shared plumbing for sshd rules: walk every connection context once per distinct source of a value,
 * pick where to report, and build the one-line fixes. Precedence itself always comes from the model.
 */
import type { RuleContext } from '../../../src/engine/define-rule.js';
import type { Fix } from '../../../src/model/finding.js';
import type { Location } from '../../../src/model/position.js';
import type { EffectiveSetting, SshdContext, SshdDirective, SshdEffective, SshdModel } from '../../../src/model/sshd/index.js';

/** One effective value of a keyword, seen in the first context that produced it. */
export interface ContextSetting {
  readonly context: SshdContext;
  readonly setting: EffectiveSetting;
  /** The directive that set the value, or null for the compiled-in default. */
  readonly source: SshdDirective | null;
  /** Where a finding about this value belongs. */
  readonly at: Location;
  /** "for all connections", "for connections from 10.0.0.0/8", "by default for all connections" */
  readonly where: string;
}

/** The effective setting, or undefined when the target's sshd does not know the keyword (e.g. a newer option). */
export function tryGet(effective: SshdEffective, keyword: string): EffectiveSetting | undefined {
  try {
    return effective.get(keyword);
  } catch {
    return undefined;
  }
}

/** Where to report a value that nobody wrote: the first line of the main file. */
export function defaultLocation(model: SshdModel): Location {
  return { file: model.mainFile, range: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } } };
}

export function whereText(context: SshdContext, source: SshdDirective | null): string {
  return source === null ? `by default ${context.label}` : context.label;
}

/**
 * Each distinct effective value of `keyword` over all contexts (global first, then one per Match block) that
 * `select` keeps. A context that inherits an already kept value (same source directive, or the default again)
 * is skipped, so one line gives one finding. A default kept in a Match context is reported at the Match line.
 */
export function settingsOf(
  model: SshdModel,
  keyword: string,
  select: (setting: EffectiveSetting, context: SshdContext) => boolean = () => true,
): ContextSetting[] {
  const out: ContextSetting[] = [];
  const seen = new Set<SshdDirective | null>();
  for (const context of model.contexts()) {
    const setting = tryGet(context.effective, keyword);
    // A keyword the target does not know is unknown in every context: stop rather than throw once per context.
    if (setting === undefined) break;
    if (!select(setting, context)) continue;
    const source = setting.source;
    if (seen.has(source)) continue;
    seen.add(source);
    const at = source ? source.location : context.match ? context.match.location : defaultLocation(model);
    out.push({ context, setting, source, at, where: whereText(context, source) });
  }
  return out;
}

/** DisableForwarding yes turns off TCP, StreamLocal, agent and X11 forwarding even though `sshd -T` still prints them as yes. */
export function forwardingDisabled(context: SshdContext): boolean {
  const setting = tryGet(context.effective, 'disableforwarding');
  return setting !== undefined && firstValue(setting) === 'yes';
}

/** The model of the host, or undefined when it has no sshd config (rules then have nothing to say). */
export function sshdOf<O>(ctx: RuleContext<O>): SshdModel | undefined {
  return ctx.host.sshd;
}

/** The first value (lowercased), e.g. "yes" for `x11forwarding yes`. */
export function firstValue(setting: EffectiveSetting): string {
  return (setting.values[0] ?? '').toLowerCase();
}

/** Every comma-separated item of every printed value (algorithm lists print as one comma list). */
export function listItems(setting: EffectiveSetting): string[] {
  return setting.values.flatMap((v) => v.split(',')).map((s) => s.trim()).filter((s) => s !== '');
}

/**
 * A fix that makes `keyword` take `value` where `item` was found: replace the arguments of the directive that
 * won; for a compiled-in default, add a line at the top of the main file (first value wins) or, in a Match
 * context, right after its Match line.
 */
export function setValueFix(model: SshdModel, item: Pick<ContextSetting, 'source' | 'context'>, keyword: string, value: string): Fix {
  const title = `Set ${keyword} ${value}`;
  const source = item.source;
  if (source === null) {
    const match = item.context.match;
    if (match !== null) {
      const line = match.location.range.end.line + 1;
      const at = { start: { line, column: 1 }, end: { line, column: 1 } };
      return { title, edits: [{ file: match.location.file, range: at, text: `    ${keyword} ${value}\n` }] };
    }
    const at = defaultLocation(model);
    return { title, edits: [{ file: at.file, range: at.range, text: `${keyword} ${value}\n` }] };
  }
  const first = source.args[0];
  const last = source.args[source.args.length - 1];
  if (first === undefined || last === undefined) {
    return { title, edits: [{ file: source.location.file, range: source.location.range, text: `${source.keyword.value} ${value}` }] };
  }
  return {
    title,
    edits: [{ file: first.loc.file, range: { start: first.loc.range.start, end: last.loc.range.end }, text: value }],
  };
}

/** The location of a directive's arguments (the value to change), falling back to the whole line. */
export function argsLocation(directive: SshdDirective): Location {
  const first = directive.args[0];
  const last = directive.args[directive.args.length - 1];
  if (first === undefined || last === undefined) return directive.location;
  return { file: first.loc.file, range: { start: first.loc.range.start, end: last.loc.range.end } };
}

/** Parse an sshd time value the way `sshd -T` already printed it (seconds), tolerating unit suffixes. */
export function seconds(value: string): number | undefined {
  if (/^\d+$/.test(value)) return Number(value);
  const re = /(\d+)([smhdwSMHDW]?)/gy;
  const unit: Record<string, number> = { '': 1, s: 1, m: 60, h: 3600, d: 86400, w: 604800 };
  let total = 0;
  let consumed = 0;
  for (const m of value.matchAll(re)) {
    total += Number(m[1]) * (unit[(m[2] ?? '').toLowerCase()] ?? 1);
    consumed += m[0].length;
  }
  return consumed === value.length && consumed > 0 ? total : undefined;
}
