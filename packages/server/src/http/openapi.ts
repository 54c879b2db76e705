import swagger from '@fastify/swagger';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';

/** Registers the OpenAPI generator (routes' zod schemas → OpenAPI 3.1). Call before the routes. */
export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Gesang API',
        version: '0.1.0',
        description:
          'Errors are JSON problems {status, code, message, field?}. Sign in with POST /api/auth/login; ' +
          'send the returned csrfToken as X-CSRF-Token on every state-changing request.',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'gesang_session' },
          csrf: { type: 'apiKey', in: 'header', name: 'X-CSRF-Token' },
        },
      },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  });
}

/** GET /api/openapi.json: the OpenAPI document (public, like any API's reference). */
export function openApiRoute(app: FastifyInstance): void {
  app.get('/api/openapi.json', { config: { public: true }, schema: { hide: true } }, () =>
    app.swagger(),
  );
}
