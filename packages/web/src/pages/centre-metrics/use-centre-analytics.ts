/** Loads the dashboards' two answers (metrics of every centre, volumes) for the filters. */
import type { CentreMetrics, CentreVolumes } from '@gesang/domain';
import { useEffect, useState } from 'react';
import {
  fetchCentreMetrics,
  fetchCentreVolumes,
  type CentreAnalyticsQuery,
} from '../../api/centre-metrics.js';

/** What {@link useCentreAnalytics} gives back. */
export interface CentreAnalytics {
  metrics: CentreMetrics | null;
  volumes: CentreVolumes | null;
  loading: boolean;
  error: unknown;
}

/**
 * Fetches metrics (all five centres, so switching centre is instant) and volumes whenever the
 * filters change; a stale answer never overwrites a newer one.
 * @example const { metrics, volumes, loading } = useCentreAnalytics({ from, to, demo });
 */
export function useCentreAnalytics(query: CentreAnalyticsQuery): CentreAnalytics {
  const [state, setState] = useState<CentreAnalytics>({
    metrics: null,
    volumes: null,
    loading: true,
    error: null,
  });
  const { from, to, orgId, demo } = query;

  useEffect(() => {
    let current = true;
    setState((s) => ({ ...s, loading: true }));
    const filters = { from, to, orgId, demo };
    Promise.all([fetchCentreMetrics(filters), fetchCentreVolumes(filters)])
      .then(([metrics, volumes]) => {
        if (current) {
          setState({ metrics, volumes, loading: false, error: null });
        }
      })
      .catch((error: unknown) => {
        if (current) {
          setState((s) => ({ ...s, loading: false, error }));
        }
      });
    return () => {
      current = false;
    };
  }, [from, to, orgId, demo]);

  return state;
}
