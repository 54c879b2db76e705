/**
 * The `gesang-ecg` dispatcher: picks the subcommand, parses its options with `node:util`
 * `parseArgs` (strict: unknown options are usage errors), runs it, and turns errors into exit
 * codes: 2 for usage errors, 1 for files that cannot be read (message naming field and byte offset).
 */
import { parseArgs } from 'node:util';
import { EcgFormatError } from '@gesang/ecg-formats';
import type { CliArgs, CliCommand, CliIo } from './command.js';
import { UsageError } from './command.js';
import { COMMANDS } from './commands.js';

const PROGRAM = 'gesang-ecg';

/**
 * Runs one `gesang-ecg` invocation.
 * @param argv - the arguments after the program name (`process.argv.slice(2)`)
 * @param io - where output goes
 * @param commands - the subcommands (defaults to all of `src/commands.ts`; tests may pass others)
 * @returns the exit code: 0 success, 1 a file could not be read, 2 usage error
 * @throws whatever a command throws that is neither a usage nor a file-format error (a bug)
 * @example
 * process.exitCode = await runCli(['info', 'mitdb/100.hea'], { stdout: console.log, stderr: console.error });
 */
export async function runCli(
  argv: readonly string[],
  io: CliIo,
  commands: readonly CliCommand[] = COMMANDS,
): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    io.stderr(programHelp(commands));
    return 2;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    const topic = commands.find((c) => c.name === rest[0]);
    io.stdout(topic ? commandHelp(topic) : programHelp(commands));
    return 0;
  }
  const command = commands.find((c) => c.name === name);
  if (command === undefined) {
    io.stderr(`${PROGRAM}: unknown command '${name}'\n\n${programHelp(commands)}`);
    return 2;
  }
  try {
    const { positionals, values } = parseCommandArgs(command, rest);
    if (values.help === true) {
      io.stdout(commandHelp(command));
      return 0;
    }
    return await command.run({ positionals, values }, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(
        `${PROGRAM} ${command.name}: ${error.message}\nUsage: ${PROGRAM} ${command.usage}\n`,
      );
      return 2;
    }
    if (error instanceof EcgFormatError) {
      io.stderr(`${PROGRAM} ${command.name}: ${describeFormatError(error)}\n`);
      return 1;
    }
    throw error;
  }
}

/** `parseArgs` with the command's options plus `--help`; its errors become usage errors. */
function parseCommandArgs(command: CliCommand, args: string[]): CliArgs {
  try {
    return parseArgs({
      args,
      options: { ...command.options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

/** `message [code; field X; byte offset N]`. */
function describeFormatError(error: EcgFormatError): string {
  const where = [
    error.code,
    ...(error.field === undefined ? [] : [`field ${error.field}`]),
    ...(error.byteOffset === undefined ? [] : [`byte offset ${error.byteOffset}`]),
  ];
  return `${error.message} [${where.join('; ')}]`;
}

function programHelp(commands: readonly CliCommand[]): string {
  const width = Math.max(...commands.map((c) => c.usage.length));
  return [
    `Usage: ${PROGRAM} <command> [options]`,
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.usage.padEnd(width)}  ${c.summary}`),
    '',
    `Run '${PROGRAM} <command> --help' for a command's options.`,
    'Exit codes: 0 success, 1 a file could not be read, 2 usage error.',
    '',
  ].join('\n');
}

function commandHelp(command: CliCommand): string {
  return [
    `Usage: ${PROGRAM} ${command.usage}`,
    '',
    command.summary,
    ...(command.details ?? []),
    '',
  ].join('\n');
}
