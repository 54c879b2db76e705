import type { FastifyInstance } from 'fastify';
import { acknowledgeCaseRoute } from './acknowledge-case.js';
import { caseRoutes } from './case-routes.js';
import { caseEventRoutes } from './event-routes.js';
import { getCaseRoute } from './get-case.js';
import { listCasesRoute } from './list-cases.js';
import { openCaseRoute } from './open-case.js';

/**
 * The five centres' cases under /api/cases: open, list (the live board), read, record and
 * correct events, attributes, close, link ECGs, and acknowledge a green channel. Green channels
 * themselves open inside the ECG signing transaction (`open-green-channel.ts`).
 */
export function casesRoutes(app: FastifyInstance): void {
  openCaseRoute(app);
  listCasesRoute(app);
  getCaseRoute(app);
  caseEventRoutes(app);
  caseRoutes(app);
  acknowledgeCaseRoute(app);
}
