import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { auditRoutes } from './audit/routes.js';
import { flushDeferredAudit } from './audit/write-audit.js';
import { authRoutes } from './auth/routes.js';
import { casesRoutes } from './cases/routes.js';
import { centreMetricsRoutes } from './centre-metrics/routes.js';
import { installAuthHook } from './auth/auth-hook.js';
import type { Config } from './config/config.js';
import type { Database } from './db/database.js';
import { ecgRoutes } from './ecg/routes.js';
import { ecgStatsRoutes } from './ecg-stats/routes.js';
import { escalationRoutes } from './escalation/routes.js';
import { installErrorHandling } from './http/error-handler.js';
import './http/fastify-types.js';
import { healthRoutes } from './http/health.js';
import { openApiRoute, registerOpenApi } from './http/openapi.js';
import { registerWebApp } from './http/web-app.js';
import { orgRoutes } from './orgs/routes.js';
import { patientRoutes } from './patients/routes.js';
import { reportRoutes } from './reports/routes.js';
import { rosterRoutes } from './roster/routes.js';
import { userRoutes } from './users/routes.js';

/** Options for {@link buildApp}. */
export interface AppOptions {
  config: Config;
  database: Database;
  /** Pino logger options; false silences logs (tests). */
  logger?: boolean | Record<string, unknown>;
  /** Serve packages/web/dist (default true). */
  serveWeb?: boolean;
}

/**
 * Builds the Fastify app over an open database. Routes are registered, not yet listening.
 * @example const app = await buildApp({ config, database }); await app.listen({ port: 3000 });
 */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { config, database } = options;
  let closing = false;
  const app = Fastify({
    logger:
      options.logger === false
        ? false
        : {
            level: config.logLevel,
            // Credentials never reach the logs.
            redact: [
              'req.headers.cookie',
              'req.headers["x-csrf-token"]',
              'req.headers.authorization',
            ],
            ...(typeof options.logger === 'object' ? options.logger : {}),
          },
    trustProxy: config.trustProxy,
    bodyLimit: 1_048_576,
    // On close: stop accepting, let in-flight requests finish, drop idle keep-alive sockets.
    forceCloseConnections: 'idle',
    return503OnClosing: true,
  });
  app.addHook('onClose', () => {
    closing = true;
  });
  app.addHook('preClose', () => {
    closing = true;
  });
  // A keep-alive socket busy when shutdown began would otherwise hold the close open: answer the
  // requests in flight with `Connection: close` so each socket ends with its last response.
  app.addHook('onSend', async (_request, reply) => {
    if (closing) {
      void reply.header('connection', 'close');
    }
  });
  app.addHook('onError', async (request) => {
    await flushDeferredAudit(database.db, request);
  });
  app.decorate('config', config);
  app.decorate('database', database);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  await app.register(cookie);
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        // antd writes its styles at run time.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
    hsts: config.cookieSecure,
  });
  await registerOpenApi(app);
  const webFallback = options.serveWeb === false ? undefined : await registerWebApp(app);
  installErrorHandling(app, webFallback);
  installAuthHook(app);
  healthRoutes(app, () => closing);
  openApiRoute(app);
  authRoutes(app);
  orgRoutes(app);
  userRoutes(app);
  patientRoutes(app);
  auditRoutes(app);
  ecgRoutes(app);
  ecgStatsRoutes(app);
  reportRoutes(app);
  rosterRoutes(app);
  escalationRoutes(app);
  casesRoutes(app);
  centreMetricsRoutes(app);
  return app;
}
