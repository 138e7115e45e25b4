import { z } from 'zod';
import { defineRule } from '../../src/engine/define-rule.js';
import { defaultLocation, sshdOf, tryGet } from './lib/settings.js';

export default defineRule({
  id: 'sshd/port',
  meta: {
    description: 'The server listens on the default port 22, or not on the expected ports',
    severity: 'note',
    tags: ['style'],
    status: 'stable',
    presets: ['strict'],
    references: [
      { title: 'sshd_config(5): Port', url: 'https://man.openbsd.org/sshd_config#Port' },
      { title: 'DevSec SSH Baseline sshd-07', url: 'https://github.com/dev-sec/ssh-baseline' },
      { title: 'Lynis SSH-7408', url: 'https://github.com/CISOfy/lynis/blob/master/include/tests_ssh' },
    ],
    anchors: { devsec: ['sshd-07'], lynis: ['SSH-7408'] },
    precision: 'high',
  },
  options: z.object({
    /** The ports sshd must listen on. Unset: only flag the default port 22 (Lynis). */
    expected: z.array(z.number().int().min(1).max(65535)).optional(),
  }),
  messages: {
    defaultPort:
      'sshd listens on port 22{{where}}: every internet-wide scanner tries it, so the logs fill with brute-force noise that hides targeted attempts',
    unexpected: 'sshd listens on {{actual}}{{where}}, but the policy expects {{expected}}: the firewall, fail2ban and clients configured for the expected port miss it',
  },
  check(ctx) {
    const model = sshdOf(ctx);
    if (model === undefined) return;
    const global = model.contexts().find((c) => c.match === null);
    const setting = global === undefined ? undefined : tryGet(global.effective, 'port');
    if (setting === undefined) return;
    const where = setting.source === null ? ' (the default)' : '';
    const ports = setting.values.map(Number);
    const portLine = (port: number) =>
      model.directives.find((d) => d.canonical === 'port' && Number(d.args[0]?.value) === port)?.location ?? setting.source?.location ?? defaultLocation(model);
    const expected = ctx.options.expected;
    if (expected === undefined) {
      if (ports.includes(22)) ctx.report({ messageId: 'defaultPort', data: { where }, at: portLine(22), suggestion: 'Move sshd to another port and update the firewall and fail2ban with it' });
      return;
    }
    const same = ports.length === expected.length && expected.every((p) => ports.includes(p));
    if (!same) {
      ctx.report({
        messageId: 'unexpected',
        data: { where, actual: ports.join(', '), expected: expected.join(', ') },
        at: ports.map(portLine)[0] ?? defaultLocation(model),
      });
    }
  },
});
