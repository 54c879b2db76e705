import { useEffect, useState } from 'react';

/**
 * The current time (ms since the epoch), re-read every `intervalMs` so countdowns tick.
 * @param intervalMs how often to re-render, ms (1000 for a seconds display).
 */
export function useNow(intervalMs = 1000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), intervalMs);
    return () => window.clearInterval(timer);
  }, [intervalMs]);
  return now;
}
