/** Loading the roster page's data: who is on duty, the week's coverage, one organisation's shifts. */
import type { Coverage, OnDuty, Shift } from '@gesang/domain';
import { useCallback, useEffect, useState } from 'react';
import { fetchCoverage, fetchOnDuty, listShifts } from '../../api/roster.js';

/** The on-duty list is asked again this often, so "until when" and the names stay current. */
const onDutyRefreshMs = 60_000;

/** One request's state. */
export interface Loaded<T> {
  data: T | null;
  loading: boolean;
  error: unknown;
}

/** What {@link useRoster} gives. */
export interface RosterState {
  onDuty: Loaded<OnDuty>;
  coverage: Loaded<Coverage>;
  /** The organisation shown below the on-duty list: the preferred one if listed, else the first. */
  orgId: string | null;
  /** Shifts of that organisation (null data until one is known). */
  shifts: Loaded<Shift[]>;
  /** Ask everything again (after a change to a shift). */
  reload: () => void;
}

/** Runs `load` whenever it changes or `generation` moves; shows the last answer while loading. */
function useLoaded<T>(load: (() => Promise<T>) | null, generation: number): Loaded<T> {
  const [state, setState] = useState<Loaded<T>>({ data: null, loading: true, error: null });
  useEffect(() => {
    if (load === null) {
      setState({ data: null, loading: false, error: null });
      return undefined;
    }
    let live = true;
    setState((s) => ({ ...s, loading: true }));
    load()
      .then((data) => live && setState({ data, loading: false, error: null }))
      .catch((error: unknown) => live && setState({ data: null, loading: false, error }));
    return () => {
      live = false;
    };
  }, [load, generation]);
  return state;
}

/**
 * The roster page's data.
 * @param week any local date of the week to check, or undefined for this week.
 * @param preferredOrgId the organisation to show (the one picked, else the acting one), if listed.
 * @example const { onDuty, coverage, orgId, shifts, reload } = useRoster(undefined, hubId);
 */
export function useRoster(week: string | undefined, preferredOrgId: string | null): RosterState {
  const [generation, setGeneration] = useState(0);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    const timer = window.setInterval(() => setTick((n) => n + 1), onDutyRefreshMs);
    return () => window.clearInterval(timer);
  }, []);
  const onDutyLoad = useCallback(() => fetchOnDuty(), []);
  const coverageLoad = useCallback(() => fetchCoverage(week), [week]);
  const coverage = useLoaded(coverageLoad, generation);
  const targets = coverage.data?.targets ?? [];
  const orgId =
    (targets.find((target) => target.orgId === preferredOrgId) ?? targets[0])?.orgId ?? null;
  const shiftsLoad = useCallback(
    (): Promise<Shift[]> => (orgId === null ? Promise.resolve([]) : listShifts(orgId)),
    [orgId],
  );
  const onDuty = useLoaded(onDutyLoad, generation + tick);
  const shifts = useLoaded(orgId === null ? null : shiftsLoad, generation);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { onDuty, coverage, orgId, shifts, reload };
}
