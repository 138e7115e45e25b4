import { defineRule } from '../../src/engine/define-rule.js';
import { settingsOf, sshdOf } from './lib/settings.js';

/** `#Port 2222`, `# Port 2222`: a Port line someone commented out (or never uncommented). */
const COMMENTED_PORT = /^#*\s*Port\s+(\d{1,5})\s*$/i;

export default defineRule({
  id: 'sshd/port-commented-out',
  meta: {
    description: 'A commented-out Port line leaves sshd on port 22',
    severity: 'note',
    tags: ['correctness'],
    status: 'stable',
    presets: ['recommended', 'strict'],
    references: [{ title: 'sshd_config(5): Port', url: 'https://man.openbsd.org/sshd_config#Port' }],
    precision: 'medium',
  },
  messages: {
    commentedPort:
      'Port {{port}} is commented out and no Port line is active, so sshd listens on {{actual}}: firewall rules and clients expecting port {{port}} will not reach it',
  },
  check(ctx) {
    const model = sshdOf(ctx);
    if (model === undefined) return;
    const global = settingsOf(model, 'Port')[0];
    // Only when nobody set a Port: then the comment is the only statement of intent in the config.
    if (global === undefined || global.source !== null) return;
    const actual = global.setting.values;
    // Only whole-line comments: "PasswordAuthentication no # Port 2222" is a remark, and uncommenting it would break the line.
    const codeLines = new Set([...model.directives, ...model.matchBlocks].map((d) => `${d.location.file}:${d.location.range.start.line}`));
    for (const comment of model.comments) {
      if (codeLines.has(`${comment.location.file}:${comment.location.range.start.line}`)) continue;
      const m = COMMENTED_PORT.exec(comment.text.trim());
      const port = m?.[1];
      if (port === undefined || actual.includes(port)) continue;
      ctx.report({
        messageId: 'commentedPort',
        data: { port, actual: actual.join(', ') },
        at: comment.location,
        fix: { title: `Uncomment Port ${port}`, edits: [{ file: comment.location.file, range: comment.location.range, text: `Port ${port}` }] },
      });
    }
  },
});
