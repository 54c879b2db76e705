import type { FastifyInstance } from 'fastify';

/** Wires the /api/users endpoints. */
export function userRoutes(_app: FastifyInstance): void {}
