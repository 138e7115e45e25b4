/**
 * Helpers for the sshd rules that compare one keyword's effective value, in every connection context,
 * with a hardened expectation. Precedence comes from the model; this only decides where and how to report.
 */
import type { ReportDescriptor, RuleContext } from '../../../src/engine/define-rule.js';
import type { SshdDirective } from '../../../src/model/sshd/index.js';
import { firstValue, settingsOf, setValueFix, sshdOf } from './settings.js';
import type { ContextSetting } from './settings.js';

export interface Expectation {
  /** The keyword as users write it, e.g. `PermitEmptyPasswords` (also used to build the fix). */
  readonly keyword: string;
  readonly messageId: string;
  /** True when the effective value (lowercased first value) is the weak one. */
  readonly isWeak: (value: string, item: ContextSetting) => boolean;
  /** The value the fix writes. */
  readonly good: string;
  readonly suggestion?: string;
}

/**
 * Report every distinct source of a weak value, once, at the line that set it (or the top of the main file
 * for a compiled-in default), with `{{where}}` and `{{value}}` in the message data and a one-line fix.
 */
export function expectSetting<O>(ctx: RuleContext<O>, expectation: Expectation): void {
  const model = sshdOf(ctx);
  if (model === undefined) return;
  for (const item of settingsOf(model, expectation.keyword)) {
    const value = firstValue(item.setting);
    if (!expectation.isWeak(value, item)) continue;
    ctx.report({
      messageId: expectation.messageId,
      data: { where: item.where, value: item.setting.values.join(' ') },
      at: item.at,
      fix: setValueFix(model, item, expectation.keyword, expectation.good),
      ...(expectation.suggestion === undefined ? {} : { suggestion: expectation.suggestion }),
    });
  }
}

/** A `report` that drops a second finding with the same message id at the same place (several contexts, one line). */
export function reportOnce<O>(ctx: RuleContext<O>): (descriptor: ReportDescriptor) => void {
  const seen = new Set<string>();
  return (descriptor) => {
    const { file, range } = descriptor.at;
    const key = `${descriptor.messageId}|${file}|${range.start.line}:${range.start.column}`;
    if (seen.has(key)) return;
    seen.add(key);
    ctx.report(descriptor);
  };
}

/** "file:line", for naming another place in a message. */
export function placeOf(directive: SshdDirective): string {
  return `${directive.location.file}:${directive.location.range.start.line}`;
}

/** The directive's arguments as written, joined by spaces. */
export function argText(directive: SshdDirective): string {
  return directive.args.map((a) => a.value).join(' ');
}

