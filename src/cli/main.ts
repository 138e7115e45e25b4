import { ConfigError } from '../engine/config.js';
import { VERSION } from '../version.js';
import type { CliIo, Command } from './io.js';
import { EXIT, UsageError } from './io.js';
import { run as explain } from './commands/explain.js';
import { run as init } from './commands/init.js';
import { LINT_OPTIONS_HELP, run as lint } from './commands/lint.js';
import { run as printConfig } from './commands/print-config.js';
import { run as reach } from './commands/reach.js';
import { run as rules } from './commands/rules.js';

const HELP = `Usage: sshlint [options] [PATH...]        lint sshd, firewall and fail2ban configs
       sshlint print-config PATH [options]  the effective sshd config, as \`sshd -T\` prints it
       sshlint print-config fail2ban DIR    fail2ban's resolved jails
       sshlint reach PATH --port N          does a new TCP connection to port N get through the firewall?
       sshlint rules [--format json]        list every rule
       sshlint explain RULE                 print a rule's documentation
       sshlint init                         write a commented .sshlint.yml

Run \`sshlint <command> --help\` for a command's options.

${LINT_OPTIONS_HELP}`;

// Static imports: the ncc bundle must stay one file.
const commands: Readonly<Record<string, Command>> = {
  'print-config': printConfig,
  reach,
  rules,
  explain,
  init,
};

export async function main(argv: string[], io: CliIo): Promise<number> {
  const debug = argv.includes('--debug');
  try {
    const [first, ...rest] = argv;
    if (first === '--version' || first === '-v') {
      io.stdout.write(`${VERSION}\n`);
      return EXIT.ok;
    }
    if (first === '--help' || first === '-h' || first === 'help') {
      io.stdout.write(`${HELP}\n`);
      return EXIT.ok;
    }
    const command = first !== undefined ? commands[first] : undefined;
    // --debug is global: every command accepts it.
    if (command) return await command(rest.filter((a) => a !== '--debug'), io);
    return await lint(argv, io);
  } catch (err) {
    if (err instanceof UsageError || err instanceof ConfigError) {
      io.stderr.write(`sshlint: ${err.message}\n`);
      return EXIT.usage;
    }
    const message = err instanceof Error ? err.message : String(err);
    io.stderr.write(`sshlint: internal error: ${message}${debug ? '' : ' (run with --debug for details)'}\n`);
    if (debug && err instanceof Error && err.stack) io.stderr.write(`${err.stack}\n`);
    return EXIT.usage;
  }
}
