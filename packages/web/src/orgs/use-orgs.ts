/** Loading the organisations visible to the user, shared by the admin pages. */
import type { Organisation } from '@gesang/domain';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { listOrgs } from '../api/orgs.js';

/** What {@link useOrgs} gives. */
export interface OrgsState {
  orgs: Organisation[];
  byId: Map<string, Organisation>;
  loading: boolean;
  error: unknown;
  reload: () => void;
}

/** The organisations the user may see (GET /api/orgs), with a lookup by id and a reload. */
export function useOrgs(): OrgsState {
  const [orgs, setOrgs] = useState<Organisation[]>([]);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let live = true;
    setLoading(true);
    listOrgs()
      .then((items) => {
        if (live) {
          setOrgs(items);
          setError(null);
        }
      })
      .catch((caught: unknown) => live && setError(caught))
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
  }, [generation]);

  const byId = useMemo(() => new Map(orgs.map((o) => [o.id, o])), [orgs]);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { orgs, byId, loading, error, reload };
}
