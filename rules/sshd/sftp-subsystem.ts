import { defineRule } from '../../src/engine/define-rule.js';
import type { EffectiveSetting } from '../../src/model/sshd/index.js';
import { firstValue, settingsOf, sshdOf, tryGet } from './lib/settings.js';

/** The command of the `sftp` subsystem, e.g. "internal-sftp -l INFO", from lines like "sftp /usr/lib/openssh/sftp-server". */
function sftpCommand(subsystem: EffectiveSetting | undefined): string | undefined {
  for (const line of subsystem?.values ?? []) {
    const [name, ...rest] = line.trim().split(/\s+/);
    if (name === 'sftp') return rest.join(' ');
  }
  return undefined;
}

function isInternal(command: string): boolean {
  return command.split(/\s+/)[0] === 'internal-sftp';
}

export default defineRule({
  id: 'sshd/sftp-subsystem',
  meta: {
    description: 'A chrooted SFTP setup cannot work or leaves no log of file transfers',
    severity: 'note',
    tags: ['correctness'],
    status: 'stable',
    presets: ['strict'],
    references: [
      { title: 'sshd_config(5): ChrootDirectory', url: 'https://man.openbsd.org/sshd_config#ChrootDirectory' },
      { title: 'sshd_config(5): Subsystem', url: 'https://man.openbsd.org/sshd_config#Subsystem' },
      { title: 'sftp-server(8)', url: 'https://man.openbsd.org/sftp-server' },
    ],
    precision: 'high',
  },
  messages: {
    externalServerInChroot:
      'Sessions are chrooted to {{chroot}} {{where}} but SFTP runs the external program "{{command}}", which must then exist inside the chroot with its libraries: usually it does not, and clients get "subsystem request failed"',
    noTransferLog:
      'Chrooted SFTP {{where}} runs "{{command}}" without -l: uploads, downloads and deletions in the chroot are not logged',
  },
  check(ctx) {
    const model = sshdOf(ctx);
    if (model === undefined) return;
    const chrooted = settingsOf(model, 'chrootdirectory', (chroot) => firstValue(chroot) !== 'none');
    for (const item of chrooted) {
      const force = tryGet(item.context.effective, 'forcecommand');
      const forced = force !== undefined && firstValue(force) !== 'none' ? force.values.join(' ') : undefined;
      const subsystem = sftpCommand(tryGet(item.context.effective, 'subsystem'));
      const chroot = item.setting.values[0] ?? '';
      if (forced !== undefined && isInternal(forced)) {
        if (!/(^|\s)-l(\s|$)/.test(forced)) {
          ctx.report({
            messageId: 'noTransferLog',
            data: { where: item.where, command: forced },
            at: force?.source?.location ?? item.at,
            suggestion: 'Use "ForceCommand internal-sftp -f AUTHPRIV -l INFO" (and provide /dev/log inside the chroot)',
          });
        }
        continue;
      }
      if (forced === undefined && subsystem !== undefined && isInternal(subsystem) && !/(^|\s)-l(\s|$)/.test(subsystem)) {
        const line = tryGet(item.context.effective, 'subsystem')?.source?.location;
        ctx.report({
          messageId: 'noTransferLog',
          data: { where: item.where, command: subsystem },
          at: line ?? item.at,
          suggestion: 'Use "Subsystem sftp internal-sftp -f AUTHPRIV -l INFO" (and provide /dev/log inside the chroot)',
        });
        continue;
      }
      if (forced === undefined && subsystem !== undefined && !isInternal(subsystem)) {
        ctx.report({
          messageId: 'externalServerInChroot',
          data: { where: item.where, chroot, command: subsystem },
          at: item.at,
          suggestion: 'Add "ForceCommand internal-sftp -f AUTHPRIV -l INFO" to this block, or use "Subsystem sftp internal-sftp"',
        });
      }
    }
  },
});
