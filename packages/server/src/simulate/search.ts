/** The outcome of {@link smallestPassing}. */
export interface SearchOutcome<T> {
  /** The smallest n that passed with its evaluation, or null when none up to the limit did. */
  found: { n: number; value: T } | null;
  /** The evaluation at found.n − 1 (what one fewer gives), or at the limit when none passed. */
  below: { n: number; value: T } | null;
}

/**
 * The smallest n in 1, 2, 3, … maxN whose evaluation passes, trying each in turn (so the answer
 * is the smallest even if the criterion were not monotone in n). Stops at the first that passes.
 * @param evaluate computes the evaluation at n (e.g. a simulation with n readers).
 * @param passes whether an evaluation meets the target.
 * @param maxN the largest n tried (≥ 1).
 * @returns the first passing n and the evaluation just below it.
 * @example smallestPassing((n) => n * n, (v) => v >= 10, 100).found // { n: 4, value: 16 }
 */
export function smallestPassing<T>(
  evaluate: (n: number) => T,
  passes: (value: T) => boolean,
  maxN: number,
): SearchOutcome<T> {
  let below: { n: number; value: T } | null = null;
  for (let n = 1; n <= maxN; n++) {
    const value = evaluate(n);
    if (passes(value)) {
      return { found: { n, value }, below };
    }
    below = { n, value };
  }
  return { found: null, below };
}

/**
 * Remembers `evaluate`'s result per n, so that several targets searched over the same runs
 * simulate each staffing level once.
 * @param evaluate the function to remember.
 * @returns the same function, computing each n at most once.
 * @example const run = memoiseByN((n) => simulate(n)); run(3); run(3); // simulated once
 */
export function memoiseByN<T>(evaluate: (n: number) => T): (n: number) => T {
  const seen = new Map<number, T>();
  return (n) => {
    if (!seen.has(n)) {
      seen.set(n, evaluate(n));
    }
    return seen.get(n) as T;
  };
}
