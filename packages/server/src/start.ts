import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.js';
import type { Config } from './config/config.js';
import type { Database } from './db/database.js';
import { openDatabase } from './db/open-database.js';
import { seedDemo } from './seed/seed-demo.js';

/** A running server. */
export interface RunningServer {
  app: FastifyInstance;
  database: Database;
  url: string;
  /** Stops accepting, finishes requests in flight, closes the database. */
  stop(): Promise<void>;
}

function printDemoLogins(usernames: string[], password: string | null, url: string): void {
  const lines = [
    '',
    `Gesang is running at ${url}`,
    'Demo consortium logins:',
    ...usernames.map((u) => `  ${u}`),
    password === null
      ? '  (password unchanged: the one printed at first start, or set GESANG_DEMO_PASSWORD)'
      : `  password for all: ${password}`,
    '',
  ];
  process.stdout.write(lines.join('\n') + '\n');
}

/** Opens the database, loads the demo consortium when configured, and listens. */
export async function startServer(config: Config): Promise<RunningServer> {
  const database = await openDatabase(config, (message) => process.stderr.write(`${message}\n`));
  let app: FastifyInstance;
  try {
    app = await buildApp({ config, database });
  } catch (error) {
    await database.close();
    throw error;
  }
  let demo: { usernames: string[]; password: string | null } | null = null;
  if (config.demo) {
    const password = config.demoPassword ?? randomBytes(9).toString('base64url');
    const result = await seedDemo(database.db, password, config.demoPassword !== undefined);
    demo = { usernames: result.usernames, password: result.passwordSet ? password : null };
  }
  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address !== null ? address.port : config.port;
  const url = `http://localhost:${port}`;
  if (demo !== null) {
    printDemoLogins(demo.usernames, demo.password, url);
  }
  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      const timer = setTimeout(() => {
        app.log.error('shutdown timed out; exiting');
        process.exit(1);
      }, config.shutdownTimeoutMs);
      timer.unref();
      await app.close();
      await database.close();
      clearTimeout(timer);
    })();
    return stopping;
  };
  return { app, database, url, stop };
}
