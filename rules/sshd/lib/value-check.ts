/** The common shape of a one-keyword sshd rule: find each context whose effective value is bad, report it once. */
import type { RuleContext } from '../../../src/engine/define-rule.js';
import type { SshdContext } from '../../../src/model/sshd/index.js';
import { firstValue, forwardingDisabled, settingsOf, setValueFix, sshdOf } from './settings.js';
import type { ContextSetting } from './settings.js';

export interface ValueCheck {
  /** Keyword as `sshd -T` prints it (lowercase), used to read the effective config. */
  readonly keyword: string;
  /** Keyword as users write it, used in fixes. */
  readonly display: string;
  /** The message to report for a bad value, or undefined when the value is fine. */
  readonly judge: (value: string, item: { context: SshdContext }) => string | undefined;
  /** The value a one-line fix sets; no fix when absent. */
  readonly fixValue?: string | ((value: string) => string | undefined);
  readonly suggestion?: string;
  /** Skip contexts where DisableForwarding yes already turns the feature off. */
  readonly unlessForwardingDisabled?: boolean;
  /** Extra message data for a finding. */
  readonly data?: (value: string, item: ContextSetting) => Readonly<Record<string, string | number>>;
}

/** Report every context (once per source line) whose first effective value `judge` rejects. */
export function checkValue<O>(ctx: RuleContext<O>, spec: ValueCheck): void {
  const model = sshdOf(ctx);
  if (model === undefined) return;
  const items = settingsOf(model, spec.keyword, (setting, context) => {
    if (spec.unlessForwardingDisabled === true && forwardingDisabled(context)) return false;
    return spec.judge(firstValue(setting), { context }) !== undefined;
  });
  for (const item of items) {
    const value = item.setting.values[0] ?? '';
    const messageId = spec.judge(firstValue(item.setting), item);
    if (messageId === undefined) continue;
    const fixValue = typeof spec.fixValue === 'function' ? spec.fixValue(value) : spec.fixValue;
    ctx.report({
      messageId,
      data: { value, where: item.where, ...(spec.data ? spec.data(value, item) : {}) },
      at: item.at,
      ...(fixValue !== undefined ? { fix: setValueFix(model, item, spec.display, fixValue) } : {}),
      ...(spec.suggestion !== undefined ? { suggestion: spec.suggestion } : {}),
    });
  }
}
