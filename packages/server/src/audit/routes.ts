import type { FastifyInstance } from 'fastify';
import { searchAuditRoute } from './search-audit.js';

/** Wires the /api/audit endpoints. */
export function auditRoutes(app: FastifyInstance): void {
  searchAuditRoute(app);
}
