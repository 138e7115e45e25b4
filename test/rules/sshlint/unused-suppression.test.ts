import { describe, expect, it } from 'vitest';
import rule from '../../../rules/sshlint/unused-suppression.js';
import { defineRule } from '../../../src/engine/define-rule.js';
import { lintFiles } from '../../../src/engine/run.js';
import { testRule } from '../../helpers/rule-tester.js';

testRule(rule, {
  valid: ['PermitRootLogin no\n', '# an ordinary comment mentioning sshlint-disable-next-line in passing\nPort 22\n'],
  invalid: [
    {
      name: 'unknown rule name',
      code: '# sshlint-disable-next-line sshd/permit-rot-login -- typo\nPermitRootLogin no\n',
      findings: [{ messageId: 'unknownRule', line: 1, column: 29, endLine: 1, endColumn: 50 }],
    },
    {
      name: 'names no rule',
      code: '# sshlint-disable-next-line -- why\nPermitRootLogin no\n',
      findings: [{ messageId: 'noRule', line: 1, column: 1 }],
    },
    {
      name: 'file-wide and XML comments',
      files: {
        'etc/firewalld/zones/public.xml': '<?xml version="1.0"?>\n<!-- sshlint-disable nope/nope -- test -->\n<zone/>\n',
      },
      findings: [{ messageId: 'unknownRule', line: 2, column: 22, file: 'etc/firewalld/zones/public.xml' }],
    },
  ],
});

/** Reports every line that is just "X": a stand-in rule so suppressions have something to silence. */
const lineTwo = defineRule({
  id: 'host/line-two',
  meta: { description: 'Line X', severity: 'error', tags: [], status: 'preview', presets: ['recommended'], references: [], precision: 'high' },
  messages: { two: 'Line X' },
  check(ctx) {
    for (const f of ctx.host.files)
      f.text.split('\n').forEach((line, i) => {
        if (line === 'X') ctx.report({ messageId: 'two', at: { file: f.path, range: { start: { line: i + 1, column: 1 }, end: { line: i + 1, column: 2 } } } });
      });
  },
});

describe('suppressions against a firing rule', () => {
  const run = (text: string) =>
    lintFiles({ 'etc/ssh/sshd_config': text }, { ruleSet: [lineTwo, rule] }).result.findings.map((f) => [
      f.ruleId,
      f.messageId,
      f.location.range.start.line,
      f.suppressed ? `${f.suppressed.kind}:${f.suppressed.reason ?? ''}` : '',
    ]);

  it('silences the next line and keeps the reason; stacked directives reach the same line', () => {
    expect(run('# sshlint-disable-next-line host/line-two -- known\nX\n')).toEqual([['host/line-two', 'two', 2, 'inline:known']]);
    expect(run('# sshlint-disable-next-line sshlint/unused-suppression\n# sshlint-disable-next-line host/line-two\nX\n')).toEqual([['host/line-two', 'two', 3, 'inline:']]);
  });

  it('silences a whole file with sshlint-disable, and ; comments work', () => {
    expect(run('; sshlint-disable host/line-two -- generated file\nX\n')).toEqual([['host/line-two', 'two', 2, 'file:generated file']]);
  });

  it('reports a suppression whose rule fires elsewhere but not on its line', () => {
    expect(run('Y\nX\nZ\n# sshlint-disable-next-line host/line-two\nW\n')).toEqual([
      ['host/line-two', 'two', 2, ''],
      ['sshlint/unused-suppression', 'unused', 4, ''],
    ]);
  });

  it('leaves suppressions of rules that are turned off alone', () => {
    const { result } = lintFiles(
      { 'etc/ssh/sshd_config': '# sshlint-disable-next-line host/line-two\nX\n' },
      { ruleSet: [lineTwo, rule], config: { rules: { 'host/line-two': 'off' } } },
    );
    expect(result.findings).toEqual([]);
  });
});
