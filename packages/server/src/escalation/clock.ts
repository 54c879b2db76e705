/**
 * The time that duty and escalation decisions are made at. Production uses the system clock
 * (`Config.clock` null); tests inject a {@link ManualClock} to step through the minutes of an
 * escalation without waiting for them.
 */
export interface Clock {
  /** The current instant. */
  now(): Date;
}

/** A clock a test moves by hand; it stands still between moves. */
export interface ManualClock extends Clock {
  /** Moves to `at`. */
  set(at: Date): void;
  /** Moves forward by `ms` milliseconds. */
  advance(ms: number): void;
}

/**
 * A clock that stands at `start` until moved.
 * @example const clock = manualClock(new Date('2025-03-03T02:00:00Z')); clock.advance(120_000);
 */
export function manualClock(start: Date = new Date()): ManualClock {
  let nowMs = start.getTime();
  return {
    now: () => new Date(nowMs),
    set: (at) => {
      nowMs = at.getTime();
    },
    advance: (ms) => {
      nowMs += ms;
    },
  };
}

/**
 * The current instant by the configured clock, or the system's.
 * @example const at = currentTime(app.config);
 */
export function currentTime(config: { clock: Clock | null }): Date {
  return config.clock?.now() ?? new Date();
}
