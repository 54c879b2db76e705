import type { FastifyInstance } from 'fastify';
import { createUserRoute } from './create-user.js';
import { readUserRoutes } from './read-users.js';
import { resetPasswordRoute } from './reset-password.js';
import { setMembershipsRoute } from './set-memberships.js';
import { updateUserRoute } from './update-user.js';

/** Wires the /api/users endpoints (user administration). */
export function userRoutes(app: FastifyInstance): void {
  readUserRoutes(app);
  createUserRoute(app);
  updateUserRoute(app);
  setMembershipsRoute(app);
  resetPasswordRoute(app);
}
