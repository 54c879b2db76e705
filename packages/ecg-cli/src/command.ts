/**
 * What a `gesang-ecg` subcommand is: one module per command in `src/commands/<name>.ts`, listed in
 * `src/commands.ts`. The dispatcher (`cli.ts`) parses the options a command declares, so commands
 * never see raw `argv`.
 */
import type { ParseArgsConfig } from 'node:util';

/** Where a command writes; the real process streams in `main.ts`, buffers in tests. */
export interface CliIo {
  /** Writes text to standard output (add your own line breaks). */
  stdout: (text: string) => void;
  /** Writes text to standard error (add your own line breaks). */
  stderr: (text: string) => void;
}

/** Parsed command line handed to a command: positionals and the option values it declared. */
export interface CliArgs {
  /** Arguments that are not options, in order (e.g. `FILE`). */
  positionals: string[];
  /** Option values by long name: string options as strings, flags as booleans. */
  values: Readonly<Record<string, string | boolean | (string | boolean)[] | undefined>>;
}

/**
 * One subcommand.
 * @example
 * export const helloCommand: CliCommand = {
 *   name: 'hello',
 *   summary: 'Say hello',
 *   usage: 'hello NAME',
 *   options: {},
 *   run: async ({ positionals }, io) => (io.stdout(`hello ${positionals[0]}\n`), 0),
 * };
 */
export interface CliCommand {
  /** The word after `gesang-ecg`, kebab-case (`info`, `eval-qrs`). */
  name: string;
  /** One line for the command list. */
  summary: string;
  /** Synopsis without the program name, e.g. `info FILE [--json]`. */
  usage: string;
  /** Extra help lines shown under the synopsis (option descriptions). */
  details?: string[];
  /** Options as `node:util` `parseArgs` takes them; `--help` is added by the dispatcher. */
  options: NonNullable<ParseArgsConfig['options']>;
  /**
   * Runs the command.
   * @returns the exit code: 0 success, 1 a file could not be read, 2 usage error
   * @throws UsageError for bad arguments (the dispatcher prints usage and exits 2)
   */
  run: (args: CliArgs, io: CliIo) => Promise<number>;
}

/**
 * A command line the user got wrong (unknown command or option, missing argument): exit code 2.
 * @example
 * throw new UsageError('info needs exactly one FILE');
 */
export class UsageError extends Error {
  /**
   * @param message - what is wrong, for the user
   */
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
