import type { StudyEvent, StudySummary } from '@gesang/domain';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { fetchStudy, listDeskStudies } from '../../api/ecg-desk.js';
import { useEventStream, type EventStreamState } from '../../hooks/use-event-stream.js';
import { retryDelayMs } from './retry-policy.js';

/** Studies fetched for the desk list (the API's page limit is 200). */
const listLimit = 100;
/** Events arriving together cause one refetch. */
const debounceMs = 300;
/** Without a live stream, the list is refetched this often. */
const pollMs = 20_000;

/** The organisation's recent studies, kept current by the live stream. */
export interface DeskStudies {
  /** Newest first. */
  studies: readonly StudySummary[];
  byId: ReadonlyMap<string, StudySummary>;
  loading: boolean;
  error: unknown;
  live: EventStreamState;
  /** Per study, a counter bumped by each of its events (a study view refetches when it moves). */
  ticks: ReadonlyMap<string, number>;
  /** Shows a study the list does not hold (an upload's answer, maybe one sent long ago). */
  track: (study: StudySummary) => void;
}

/**
 * The desk's studies: the newest {@link listLimit} of the acting organisation, plus those the
 * uploads answered with, refetched (debounced) on every study event of the organisation, when
 * the stream reopens, and every 20 s while it is down.
 * @param orgId the acting organisation (events of others are ignored)
 */
export function useDeskStudies(orgId: string | null): DeskStudies {
  const [listed, setListed] = useState<readonly StudySummary[]>([]);
  const [tracked, setTracked] = useState<ReadonlyMap<string, StudySummary>>(new Map());
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const [ticks, setTicks] = useState<ReadonlyMap<string, number>>(new Map());
  const trackedRef = useRef(tracked);
  useEffect(() => {
    trackedRef.current = tracked;
  }, [tracked]);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const running = useRef<Promise<void> | null>(null);

  const load = useCallback(async (): Promise<void> => {
    try {
      const page = await listDeskStudies({ limit: listLimit });
      setListed(page.items);
      setError(null);
      // Tracked studies older than the page are fetched one by one (rare: a re-sent old file).
      const inPage = new Set(page.items.map((s) => s.id));
      const stale = [...trackedRef.current.keys()].filter((id) => !inPage.has(id));
      const fresh = await Promise.all(stale.map((id) => fetchStudy(id).catch(() => null)));
      setTracked((map) => {
        const next = new Map(map);
        fresh.forEach((study) => study && next.set(study.id, study));
        return next;
      });
    } catch (cause) {
      setError(cause);
    } finally {
      setLoading(false);
    }
  }, []);

  const refresh = useCallback((): void => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      // One refetch at a time; a request arriving meanwhile runs once after it.
      const run = async (): Promise<void> => {
        await running.current;
        await load();
      };
      running.current = run();
    }, debounceMs);
  }, [load]);

  const onEvent = useCallback(
    (event: StudyEvent): void => {
      setTicks((map) => new Map(map).set(event.studyId, (map.get(event.studyId) ?? 0) + 1));
      if (event.orgId === orgId || trackedRef.current.has(event.studyId)) {
        refresh();
      }
    },
    [orgId, refresh],
  );
  // The browser reconnects a dropped stream by itself; a stream it gave up on (the server
  // answered with an error, e.g. during a restart) is reopened with backoff, and at once when
  // the browser comes back online.
  const live = useEventStream({
    path: '/api/ecg/events',
    on: { study: onEvent },
    onOpen: refresh,
    reopenDelayMs: retryDelayMs,
    reopenWhenOnline: true,
  });

  useEffect(() => {
    void load();
    return () => clearTimeout(timer.current);
  }, [load, orgId]);

  useEffect(() => {
    if (live === 'open') {
      return undefined;
    }
    const poll = setInterval(refresh, pollMs);
    return () => clearInterval(poll);
  }, [live, refresh]);

  const track = useCallback((study: StudySummary): void => {
    setTracked((map) => new Map(map).set(study.id, study));
  }, []);

  const { studies, byId } = useMemo(() => {
    const all = new Map(tracked);
    listed.forEach((s) => all.set(s.id, s));
    const sorted = [...all.values()].sort((a, b) => b.receivedAt.localeCompare(a.receivedAt));
    return { studies: sorted, byId: all };
  }, [listed, tracked]);

  return { studies, byId, loading, error, live, ticks, track };
}
