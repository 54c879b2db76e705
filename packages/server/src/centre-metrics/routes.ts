import type { FastifyInstance } from 'fastify';
import { exportCasesRoutes } from './export-cases.js';
import { getMetricsRoute } from './get-metrics.js';
import { getReportRoute } from './get-report.js';
import { getVolumesRoute } from './get-volumes.js';

/**
 * The five centres' analytics under /api/centres: metrics and volumes (aggregates), the case
 * export (CSV, XLSX) and the monthly quality report (PDF).
 * @example centreMetricsRoutes(app);
 */
export function centreMetricsRoutes(app: FastifyInstance): void {
  getMetricsRoute(app);
  getVolumesRoute(app);
  exportCasesRoutes(app);
  getReportRoute(app);
}
