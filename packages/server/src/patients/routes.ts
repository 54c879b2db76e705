import type { FastifyInstance } from 'fastify';

/** Wires the /api/patients endpoints. */
export function patientRoutes(_app: FastifyInstance): void {}
