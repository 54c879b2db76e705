import type { FastifyInstance } from 'fastify';
import { coverageRoute } from './coverage-route.js';
import { onDutyRoute } from './on-duty-route.js';
import { shiftRoutes } from './shift-routes.js';

/**
 * The readers' duty roster: shifts (CRUD for the reading organisations' administrators), who is
 * on duty, and the hours of the week nobody covers. Hand-over of a claimed study is registered
 * with the claim routes (it pushes through the ECG runtime).
 */
export function rosterRoutes(app: FastifyInstance): void {
  shiftRoutes(app);
  onDutyRoute(app);
  coverageRoute(app);
}
