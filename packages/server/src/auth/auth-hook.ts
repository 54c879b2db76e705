import { GesangError } from '@gesang/domain';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { writeAudit } from '../audit/write-audit.js';
import { loadSession, sessionCookie } from './session-store.js';
import { safeEqual } from './tokens.js';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

async function authenticate(app: FastifyInstance, request: FastifyRequest): Promise<void> {
  const token = request.cookies[sessionCookie];
  const auth = token === undefined ? null : await loadSession(app.database.db, app.config, token);
  if (auth === null) {
    throw GesangError.unauthenticated();
  }
  request.auth = auth;
  // The session cookie rides along on cross-site requests' (SameSite is the first line); a
  // state-changing request must also prove it came from our page by echoing the CSRF token.
  if (!safeMethods.has(request.method)) {
    const header = request.headers['x-csrf-token'];
    if (typeof header !== 'string' || !safeEqual(header, auth.csrfToken)) {
      throw new GesangError(403, 'csrf_failed', 'Missing or wrong X-CSRF-Token header', {
        field: 'header.x-csrf-token',
      });
    }
  }
  const permission = request.routeOptions.config.permission;
  if (permission !== undefined && !auth.permissions.has(permission)) {
    await writeAudit(app.database.db, request, {
      action: 'access.denied',
      outcome: 'denied',
      details: { route: request.routeOptions.url, method: request.method, permission },
    });
    throw GesangError.forbidden(`Your roles here do not allow ${permission}`);
  }
}

/**
 * Every route requires a signed-in user unless it is marked `config: { public: true }`: nothing is
 * readable by default. Also enforces CSRF and the route's declared permission.
 */
export function installAuthHook(app: FastifyInstance): void {
  app.decorateRequest('auth', null);
  app.addHook('onRequest', async (request) => {
    // Only /api carries data; the web app's files and /health, /ready are open.
    const isApi = request.url.startsWith('/api/');
    if (!isApi || request.is404 || request.routeOptions.config.public === true) {
      return;
    }
    await authenticate(app, request);
  });
}
