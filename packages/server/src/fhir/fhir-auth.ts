import { GesangError } from '@gesang/domain';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { writeAudit } from '../audit/write-audit.js';
import { loadSession, sessionCookie } from '../auth/session-store.js';

/**
 * Signs in a FHIR request by its session cookie and enforces the route's permission, as the app's
 * auth hook does for /api (which it alone covers). Only reads are served here, so no CSRF token
 * is needed. Public routes (`metadata`) and unknown paths pass.
 * @throws GesangError 401 without a valid session, 403 without the route's permission.
 */
export async function authenticateFhir(
  app: FastifyInstance,
  request: FastifyRequest,
): Promise<void> {
  if (request.is404 || request.routeOptions.config.public === true) {
    return;
  }
  const token = request.cookies[sessionCookie];
  const auth = token === undefined ? null : await loadSession(app.database.db, app.config, token);
  if (auth === null) {
    throw GesangError.unauthenticated();
  }
  request.auth = auth;
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
