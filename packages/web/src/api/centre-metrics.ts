/**
 * The five centres' analytics: metrics and volumes (`GET /api/centres/metrics|volumes`) and the
 * download links of the case export and the monthly quality report.
 */
import type { Centre, CentreMetrics, CentreVolumes } from '@gesang/domain';
import { request, withQuery } from './client.js';

/** Filters shared by the analytics; dates `YYYY-MM-DD` in China time, both included. */
export interface CentreAnalyticsQuery {
  from?: string | undefined;
  to?: string | undefined;
  orgId?: string | undefined;
  /** Demo or real cases; undefined lets the server choose (real when any real case exists). */
  demo?: boolean | undefined;
}

/**
 * The metrics of every centre (or one) over the cases the acting organisation may see.
 * @example const answer = await fetchCentreMetrics({ from: '2025-01-01', to: '2025-06-30' });
 */
export function fetchCentreMetrics(
  query: CentreAnalyticsQuery & { centre?: Centre | undefined },
): Promise<CentreMetrics> {
  return request<CentreMetrics>('GET', withQuery('/api/centres/metrics', { ...query }));
}

/**
 * Cases per centre and month, and per organisation.
 * @example const volumes = await fetchCentreVolumes({ demo: true });
 */
export function fetchCentreVolumes(query: CentreAnalyticsQuery): Promise<CentreVolumes> {
  return request<CentreVolumes>('GET', withQuery('/api/centres/volumes', { ...query }));
}

/**
 * The link that downloads a centre's cases (CSV or Excel), headers in `lang`.
 * @example caseExportUrl('csv', { centre: 'chest_pain', from, to, demo: false, lang: 'zh' })
 */
export function caseExportUrl(
  format: 'csv' | 'xlsx',
  query: CentreAnalyticsQuery & { centre: Centre; lang: 'zh' | 'en' },
): string {
  return withQuery(`/api/centres/cases.${format}`, { ...query });
}

/**
 * The link that downloads a centre's monthly quality report (PDF) of one organisation (default
 * the acting one).
 * @example qualityReportUrl({ centre: 'chest_pain', month: '2025-03', demo: true })
 */
export function qualityReportUrl(query: {
  centre: Centre;
  month: string;
  orgId?: string | undefined;
  demo?: boolean | undefined;
}): string {
  return withQuery('/api/centres/report.pdf', { ...query });
}
