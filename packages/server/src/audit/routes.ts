import type { FastifyInstance } from 'fastify';

/** Wires the /api/audit endpoints. */
export function auditRoutes(_app: FastifyInstance): void {}
