/** SLA statistics of the cloud-ECG loop (`GET /api/ecg/stats`). */
import type { EcgStats, EcgTriageLevel } from '@gesang/domain';
import { request, withQuery } from './client.js';

/** Filters of {@link fetchEcgStats}; dates are `YYYY-MM-DD` in Asia/Shanghai, both included. */
export interface EcgStatsQuery {
  from?: string | undefined;
  to?: string | undefined;
  triage?: EcgTriageLevel | undefined;
}

/**
 * The statistics of the studies the acting organisation may see: overall, by county, by reader,
 * by month, and the machine-versus-reader statement agreement.
 * @example const stats = await fetchEcgStats({ from: '2025-01-01', to: '2025-03-31' });
 */
export function fetchEcgStats(query: EcgStatsQuery): Promise<EcgStats> {
  return request<EcgStats>('GET', withQuery('/api/ecg/stats', { ...query }));
}
