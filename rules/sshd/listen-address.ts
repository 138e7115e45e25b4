import { defineRule } from '../../src/engine/define-rule.js';
import { defaultLocation, sshdOf, tryGet } from './lib/settings.js';

/** `sshd -T` prints ListenAddress as host:port with IPv6 in brackets. */
function hostPart(value: string): string {
  const v = value.trim().split(/\s+/)[0] ?? '';
  if (v.startsWith('[')) return v.slice(1, v.indexOf(']'));
  const colon = v.lastIndexOf(':');
  return colon === -1 ? v : v.slice(0, colon);
}

export default defineRule({
  id: 'sshd/listen-address',
  meta: {
    description: 'The server listens on every address of the host',
    severity: 'note',
    tags: ['security', 'devsec'],
    status: 'stable',
    presets: ['strict', 'devsec'],
    references: [
      { title: 'sshd_config(5): ListenAddress', url: 'https://man.openbsd.org/sshd_config#ListenAddress' },
      { title: 'DevSec SSH Baseline sshd-09', url: 'https://github.com/dev-sec/ssh-baseline' },
    ],
    anchors: { devsec: ['sshd-09'] },
    precision: 'high',
    securitySeverity: 2.0,
  },
  messages: {
    wildcard:
      'sshd listens on {{addresses}} {{where}}: it answers on every interface, including public ones, instead of only the management network',
  },
  check(ctx) {
    const model = sshdOf(ctx);
    if (model === undefined) return;
    const global = model.contexts().find((c) => c.match === null);
    const setting = global === undefined ? undefined : tryGet(global.effective, 'listenaddress');
    if (setting === undefined) return;
    const wild = setting.values.filter((v) => ['0.0.0.0', '::', ''].includes(hostPart(v)));
    if (wild.length === 0) return;
    const line = model.directives.find((d) => d.canonical === 'listenaddress' && ['0.0.0.0', '::', '[::]'].some((w) => d.args[0]?.value.startsWith(w)));
    ctx.report({
      messageId: 'wildcard',
      data: { where: setting.source === null ? 'by default' : 'for all connections', addresses: wild.join(' and ') },
      at: line?.location ?? setting.source?.location ?? defaultLocation(model),
      suggestion: 'Add "ListenAddress <management address>" for each address sshd should answer on',
    });
  },
});
