/**
 * Every `gesang` subcommand by name. A new command is one file in this folder and one line here.
 */
import type { CliCommand } from './command.js';
import { importCommand } from './import-command.js';
import { metricsCommand } from './metrics-command.js';
import { simulateCommand } from './simulate-command.js';
import { startCommand } from './start-command.js';

/** The subcommands, in the order `gesang help` lists them. */
export const commands: Readonly<Record<string, CliCommand>> = {
  start: startCommand,
  simulate: simulateCommand,
  import: importCommand,
  metrics: metricsCommand,
};
