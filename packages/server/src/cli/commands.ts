/**
 * Every `gesang` subcommand by name. A new command is one file in this folder and one line here.
 */
import type { CliCommand } from './command.js';
import { metricsCommand } from './metrics-command.js';
import { startCommand } from './start-command.js';

/** The subcommands, in the order `gesang help` lists them. */
export const commands: Readonly<Record<string, CliCommand>> = {
  start: startCommand,
  metrics: metricsCommand,
};
