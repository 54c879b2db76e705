import type { FastifyInstance } from 'fastify';

/**
 * `/health`: the process is up (liveness). `/ready`: the database answers (readiness; load
 * balancers stop sending traffic when it fails, e.g. during shutdown).
 */
export function healthRoutes(app: FastifyInstance, isClosing: () => boolean): void {
  app.get('/health', { config: { public: true }, schema: { hide: true } }, () => ({
    status: 'ok',
  }));
  app.get(
    '/ready',
    { config: { public: true }, schema: { hide: true } },
    async (_request, reply) => {
      if (isClosing()) {
        return reply.status(503).send({ status: 503, code: 'not_ready', message: 'Shutting down' });
      }
      try {
        await app.database.ping();
        return { status: 'ready', database: app.database.kind };
      } catch {
        return reply
          .status(503)
          .send({ status: 503, code: 'not_ready', message: 'Database does not answer' });
      }
    },
  );
}
