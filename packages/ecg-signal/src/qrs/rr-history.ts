/**
 * RR-interval history for the search-back rule, after Pan & Tompkins, "A real-time QRS detection
 * algorithm", IEEE Trans. Biomed. Eng. 32(3):230–236 (1985): besides the last eight intervals, keep
 * the last eight "regular" ones, those within 92–116 % of the regular average (their RR AVERAGE2),
 * so a false detection in noise, which makes a short interval, cannot drag the average down and
 * trigger more search-backs. Departure: where Pan & Tompkins switch averages when the rhythm is
 * irregular, here the regular history restarts from the recent intervals after eight irregular
 * intervals in a row (a rate change or atrial fibrillation).
 */

const HISTORY = 8;

/** Running RR history; intervals in samples. */
export class RrHistory {
  private readonly recent: number[] = [];
  private regular: number[] = [];
  private irregularRun = 0;
  /** What the last {@link push} did, so that {@link pop} can undo it. */
  private lastPush: { regular: number[]; irregularRun: number } | null = null;

  /**
   * @param defaultSamples average to report before two intervals are known (e.g. one second).
   */
  constructor(private readonly defaultSamples: number) {}

  /**
   * Record an interval.
   * @param rr interval between two accepted QRS complexes, samples.
   */
  push(rr: number): void {
    this.lastPush = { regular: [...this.regular], irregularRun: this.irregularRun };
    pushBounded(this.recent, rr);
    const average = this.regularAverage();
    if (this.regular.length < 2 || (rr >= 0.92 * average && rr <= 1.16 * average)) {
      pushBounded(this.regular, rr);
      this.irregularRun = 0;
    } else if (++this.irregularRun >= HISTORY) {
      this.regular = [...this.recent];
      this.irregularRun = 0;
    }
  }

  /** Undo the last {@link push} (its detection was replaced); a second call does nothing. */
  pop(): void {
    if (this.lastPush === null) {
      return;
    }
    this.recent.pop();
    this.regular = this.lastPush.regular;
    this.irregularRun = this.lastPush.irregularRun;
    this.lastPush = null;
  }

  /**
   * Mean of the regular intervals (of the recent ones while fewer than two are regular).
   * @returns samples; `defaultSamples` before two intervals are known.
   */
  regularAverage(): number {
    const source = this.regular.length >= 2 ? this.regular : this.recent;
    return source.length >= 2
      ? source.reduce((a, b) => a + b, 0) / source.length
      : this.defaultSamples;
  }
}

function pushBounded(values: number[], v: number): void {
  values.push(v);
  if (values.length > HISTORY) {
    values.shift();
  }
}
