import type { FastifyInstance } from 'fastify';
import { getStatsRoute } from './get-stats.js';

/**
 * SLA statistics of the cloud-ECG loop (`GET /api/ecg/stats`), for the consortium's quality
 * manager and the reading centre's coordinator.
 * @example ecgStatsRoutes(app);
 */
export function ecgStatsRoutes(app: FastifyInstance): void {
  getStatsRoute(app);
}
