/**
 * The command line, registered in one place: commander only, flags → options → run(). This
 * folder owns standard output, standard error and the exit codes; nothing below it touches them.
 */
import { Command, CommanderError } from 'commander';
import { existsSync } from 'node:fs';
import { environmentLine, isEnvironment } from '../env-error.js';
import { recoverRawArgs } from '../input/raw-argv.js';
import { bilingualError, usageHint } from './commander-text.js';
import { registerCountyCommands } from './county-commands.js';
import { EXIT } from './exit-codes.js';
import { err, exit, HELP_CONFIG, version } from './io.js';
import { helpAfterCommand } from './help-after-command.js';
import { helpOfUnknown } from './help-of-unknown.js';
import { optionAsParameter } from './option-as-parameter.js';
import { optionsAfterCommand } from './options-after-command.js';
import { optionValueMissing } from './option-value-missing.js';
import { backslashOutputs } from './backslash-output.js';
import { optionSpelledOtherwise } from './option-spelled-otherwise.js';
import { commandSpelledOtherwise } from './command-spelled-otherwise.js';
import { GETTING_STARTED, HELP_COMMAND, HELP_OPTION, NO_COMMAND, VERSION_OPTION } from './program-help.js';
import { registerPlan } from './plan-command.js';
import { registerPublish } from './publish-command.js';
import { registerReviewCommands } from './review-commands.js';
import { registerRoster } from './roster-command.js';
import { wideOptions } from './wide-options.js';

// Arguments that are not UTF-8 (GBK file names) are taken from their bytes (raw-argv.ts).
recoverRawArgs(process.argv);

const program = new Command();
program
  .name('rotate')
  .description('县管校聘 教师交流轮岗方案 / plans a county\'s yearly teacher rotation with a linear program')
  .version(version, ...VERSION_OPTION)
  // Set before the commands are registered: each command inherits them.
  .configureHelp(HELP_CONFIG)
  .helpOption(...HELP_OPTION)
  .helpCommand(...HELP_COMMAND)
  .addHelpText('after', GETTING_STARTED)
  .showHelpAfterError(usageHint())
  // An option before the command (rotate -o plan2 plan data/*.csv) is shown where it goes; -v is told -V, PLAN plan.
  .configureOutput({
    outputError: (text, write) => {
      const names = program.commands.map((c) => c.name());
      const hint = (unknown: string): string | null =>
        optionsAfterCommand(process.argv.slice(2), names) ?? (text.includes('(Did you mean') ? null : (optionSpelledOtherwise(unknown, program) ?? commandSpelledOtherwise(unknown, names)));
      write(bilingualError(text, hint));
    },
  })
  .exitOverride();

registerPlan(program);
registerCountyCommands(program);
registerReviewCommands(program);
registerPublish(program);
registerRoster(program);

// A mistake on a command's line is followed by one line naming its --help, not by the whole help;
// an unknown option that spells one of the command's otherwise (-set, --o) is told the one meant, and one
// that names a parameter the --set that sets it, where the command has --set.
for (const command of program.commands) {
  const withSet = command.options.some((o) => o.long === '--set');
  command.showHelpAfterError(usageHint(command.name()));
  // -set for --set, --o for -o, where commander suggests nothing; else a parameter typed as an option.
  const hint = (option: string, text: string): string | null =>
    (text.includes('(Did you mean') ? null : optionSpelledOtherwise(option, command)) ?? (withSet ? optionAsParameter(option, process.argv.slice(3)) : null);
  command.configureOutput({ outputError: (text, write) => write(bilingualError(text, hint)) });
}

const names = program.commands.map((c) => c.name());
const argv = helpAfterCommand(helpOfUnknown(process.argv, names), names);
// An option typed with a Chinese input method on (－－set, —o) would be read as a file or an unknown option.
const wide = wideOptions(argv.slice(2), existsSync);
// -o --force: the folder forgotten, and --force taken for it.
const given = program.commands.find((c) => c.name() === argv[2]);
const missing = given === undefined ? null : optionValueMissing(given, argv.slice(3));
// -o out\plan2: a folder named so on Linux.
const backslashed = given === undefined ? [] : backslashOutputs(given, argv.slice(3));
if (argv.length === 2) {
  // rotate alone: the help, and a line that says why it ends with code 2.
  program.outputHelp({ error: true });
  err([NO_COMMAND]);
  exit(EXIT.badInput);
} else if (wide.length > 0) {
  err([...wide, usageHint(given?.name())]);
  exit(EXIT.badInput);
} else if (missing !== null) {
  err([missing, usageHint(given?.name())]);
  exit(EXIT.badInput);
} else if (backslashed.length > 0) {
  err(backslashed);
  exit(EXIT.badInput);
} else {
  await run(argv);
}

/** Parses the command line and runs its command; an error is told on standard error and sets its exit code. */
async function run(argv: string[]): Promise<void> {
  try {
    await program.parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) {
      // Commander has printed its own errors; an option's value refused by our parsers (--set,
      // --jobs, --time-limit: codes rotate.*) reaches here unprinted.
      if (e.code.startsWith('rotate.')) err([e.message]);
      exit(e.exitCode === 0 ? 0 : EXIT.badInput);
    } else if (isEnvironment(e)) {
      // A read-only or full disk, no permission, too many open files, the folder locked: one line, its own code.
      err([environmentLine(e)]);
      exit(EXIT.environment);
    } else {
      err([`内部错误 / internal error: ${e instanceof Error ? e.message : String(e)}`]);
      exit(EXIT.internal);
    }
  }
}
