import type { FastifyInstance } from 'fastify';
import { credentialRoutes } from './credential-routes.js';
import { loginHandler } from './login.js';
import { sessionRoutes } from './session-routes.js';

/** Wires the /api/auth endpoints. */
export function authRoutes(app: FastifyInstance): void {
  loginHandler(app);
  sessionRoutes(app);
  credentialRoutes(app);
}
