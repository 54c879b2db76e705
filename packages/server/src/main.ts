import { commands } from './cli/commands.js';

function usage(): string {
  const width = Math.max(...Object.keys(commands).map((name) => name.length), 4) + 2;
  const lines = Object.entries(commands).map(
    ([name, command]) => `  ${name.padEnd(width)}${command.summary}`,
  );
  return `Usage: gesang <command> [options]\n\nCommands:\n${lines.join('\n')}\n  ${'help'.padEnd(width)}show this text\n`;
}

async function main(argv: string[]): Promise<number> {
  const name = argv[0] ?? 'start';
  if (name === 'help' || name === '--help') {
    process.stdout.write(usage());
    return 0;
  }
  const command = commands[name];
  if (command === undefined) {
    process.stderr.write(`Unknown command: ${name}\n\n${usage()}`);
    return 2;
  }
  return command.run(argv.slice(1));
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `gesang: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 1;
  },
);
