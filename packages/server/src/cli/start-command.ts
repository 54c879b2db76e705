import { ConfigError, loadConfig } from '../config/config.js';
import { startServer } from '../start.js';
import type { CliCommand } from './command.js';

/** `gesang start`: the server, until SIGTERM or SIGINT. */
export const startCommand: CliCommand = {
  summary: 'start the server (PORT, DATABASE_URL, GESANG_DATA_DIR, ... see README)',
  async run() {
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
  },
};
