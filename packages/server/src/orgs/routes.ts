import type { FastifyInstance } from 'fastify';
import { departmentRoutes } from './department-routes.js';
import { grantRoutes } from './grant-routes.js';
import { organisationRoutes } from './organisation-routes.js';

/** Wires organisations, departments and grants. */
export function orgRoutes(app: FastifyInstance): void {
  organisationRoutes(app);
  departmentRoutes(app);
  grantRoutes(app);
}
