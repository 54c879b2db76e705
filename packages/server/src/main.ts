import { ConfigError, loadConfig } from './config/config.js';
import { startServer } from './start.js';

const usage = `Usage: gesang <command>

Commands:
  start     start the server (PORT, DATABASE_URL, GESANG_DATA_DIR, ... see README)
  help      show this text
`;

async function main(argv: string[]): Promise<number> {
  const command = argv[0] ?? 'start';
  if (command === 'help' || command === '--help') {
    process.stdout.write(usage);
    return 0;
  }
  if (command !== 'start') {
    process.stderr.write(`Unknown command: ${command}\n\n${usage}`);
    return 2;
  }
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      return 2;
    }
    throw error;
  }
  const server = await startServer(config);
  await new Promise<void>((resolve) => {
    const onSignal = (signal: string): void => {
      server.app.log.info({ signal }, 'shutting down: finishing requests in flight');
      void server.stop().then(resolve);
    };
    process.once('SIGTERM', onSignal);
    process.once('SIGINT', onSignal);
  });
  return 0;
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
