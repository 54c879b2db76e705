import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/** The built web app (`packages/web/dist`), found from this module in source or bundle form. */
export function webDistFolder(): string | undefined {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    const candidate = join(dir, 'web', 'dist');
    if (existsSync(join(candidate, 'index.html'))) {
      return candidate;
    }
    dir = dirname(dir);
  }
  return undefined;
}

/**
 * Serves the web app's files; unknown non-API paths get index.html so that client-side routes
 * survive a reload. Returns the 404 fallback for the error handler, or undefined when not built.
 */
export async function registerWebApp(
  app: FastifyInstance,
): Promise<((request: FastifyRequest, reply: FastifyReply) => FastifyReply) | undefined> {
  const root = webDistFolder();
  if (root === undefined) {
    app.log.warn('web app not built (packages/web/dist missing); serving the API only');
    return undefined;
  }
  await app.register(fastifyStatic, { root, wildcard: false, index: 'index.html' });
  return (_request, reply) => reply.type('text/html').sendFile('index.html');
}
