/**
 * Wake-up signals between the parts of one process (a new job, a new outbox event). Across
 * processes the same channels travel as PostgreSQL NOTIFY (see `pg-listener.ts`); on PGlite,
 * which has one process by design, the in-process signal is the only one needed.
 */

/** The channels: PostgreSQL NOTIFY channel names as well. */
export const signalChannels = {
  jobs: 'gesang_jobs',
  studyEvents: 'gesang_study_events',
} as const;

/** One of {@link signalChannels}' values. */
export type SignalChannel = (typeof signalChannels)[keyof typeof signalChannels];

/** A tiny publish/subscribe of wake-ups (no payload: listeners re-read the database). */
export interface Signals {
  /** Wakes every listener of `channel` (synchronously; listeners must not throw). */
  emit(channel: SignalChannel): void;
  /**
   * Listens to `channel`.
   * @returns a function that stops listening.
   */
  on(channel: SignalChannel, listener: () => void): () => void;
}

/**
 * Creates an in-process signal bus.
 * @example
 * const signals = createSignals();
 * const off = signals.on(signalChannels.jobs, () => runner.wake());
 * signals.emit(signalChannels.jobs);
 */
export function createSignals(): Signals {
  const listeners = new Map<SignalChannel, Set<() => void>>();
  return {
    emit(channel) {
      for (const listener of listeners.get(channel) ?? []) {
        listener();
      }
    },
    on(channel, listener) {
      let set = listeners.get(channel);
      if (set === undefined) {
        set = new Set();
        listeners.set(channel, set);
      }
      set.add(listener);
      return () => {
        set.delete(listener);
      };
    },
  };
}
