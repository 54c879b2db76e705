/**
 * The list of `gesang-ecg` subcommands, in help order. To add one, write `src/commands/<name>.ts`
 * exporting a {@link CliCommand} and add it here.
 */
import type { CliCommand } from './command.js';
import { analyzeCommand } from './commands/analyze.js';
import { convertCommand } from './commands/convert.js';
import { evalDxCommand } from './commands/eval-dx.js';
import { evalQrsCommand } from './commands/eval-qrs.js';
import { infoCommand } from './commands/info.js';

/** Every subcommand the dispatcher knows. */
export const COMMANDS: readonly CliCommand[] = [
  infoCommand,
  analyzeCommand,
  convertCommand,
  evalQrsCommand,
  evalDxCommand,
];
