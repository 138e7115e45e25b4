import { defineRule } from '../../src/engine/define-rule.js';
import { settingsOf, setValueFix, sshdOf } from './lib/settings.js';

export default defineRule({
  id: 'sshd/permit-user-environment',
  meta: {
    description: 'Users can set environment variables for sshd through ~/.ssh/environment',
    severity: 'error',
    tags: ['security', 'cis', 'stig', 'devsec'],
    status: 'stable',
    presets: ['recommended', 'strict', 'cis', 'stig', 'devsec'],
    references: [
      { title: 'sshd_config(5): PermitUserEnvironment', url: 'https://man.openbsd.org/sshd_config#PermitUserEnvironment' },
      { title: 'DevSec SSH Baseline sshd-17', url: 'https://github.com/dev-sec/ssh-baseline' },
      { title: 'ComplianceAsCode sshd_do_not_permit_user_env', url: 'https://github.com/ComplianceAsCode/content' },
    ],
    anchors: {
      cis: ['Ubuntu 24.04 5.1.21', 'RHEL 9 5.1.21'],
      stig: ['RHEL-09-255085', 'UBTU-24-300031'],
      devsec: ['sshd-17'],
      lynis: ['SSH-7408'],
    },
    precision: 'very-high',
    securitySeverity: 7.2,
  },
  messages: {
    userEnvironment:
      'Users can set environment variables through ~/.ssh/environment and environment= key options {{where}} (PermitUserEnvironment {{value}}): LD_PRELOAD and friends let a restricted account escape its forced command',
    userEnvironmentPattern:
      'PermitUserEnvironment {{value}} {{where}} is read as a list of variable names, not as yes or no (the value is case-sensitive): users may set the variables it names',
  },
  check(ctx) {
    const model = sshdOf(ctx);
    if (model === undefined) return;
    for (const item of settingsOf(model, 'PermitUserEnvironment')) {
      // sshd compares yes/no with strcmp here: any other spelling is a pattern list of allowed names.
      const value = item.setting.values.join(' ');
      if (value === 'no') continue;
      const patternLooksBoolean = /^(yes|no|true|false)$/i.test(value) && value !== 'yes';
      ctx.report({
        messageId: patternLooksBoolean ? 'userEnvironmentPattern' : 'userEnvironment',
        data: { where: item.where, value },
        at: item.at,
        fix: setValueFix(model, item, 'PermitUserEnvironment', 'no'),
      });
    }
  },
});
