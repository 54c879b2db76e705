/**
 * The beat windows the lag search of `best-lag.ts` correlates: per lead, the beat's samples over
 * the template plus the largest lag either side, with running sums of the samples and of their
 * squares, so that the power of the window at any lag is a difference of two running sums; and
 * the templates' energy, which depends on the template alone and so is computed once per
 * template rather than once per beat. (Keeping every beat's windows from the first pass for the
 * second was tried: the larger working set made it slower than filling them again.)
 */

/** Work arrays of the lag search: one beat's windows, reused from beat to beat or kept. */
export interface LagScratch {
  /** Per lead, the beat's samples over the template plus the lags (lead after lead). */
  x: Float64Array;
  /** Per lead, running sums of x and x² (lead after lead, one more entry than x each). */
  sum: Float64Array;
  squares: Float64Array;
  /** The two correlations of one pair of lags (`best-lag.ts`). */
  pair: Float64Array;
}

/**
 * Work arrays for templates of `length` samples, `leads` leads and lags up to ±maxShift.
 * @param length - template samples
 * @param maxShift - largest lag, samples
 * @param leads - number of leads
 * @returns fresh arrays
 * @example const scratch = lagScratch(91, 10, 12);
 */
export function lagScratch(length: number, maxShift: number, leads: number): LagScratch {
  const span = length + 2 * maxShift;
  return {
    x: new Float64Array(leads * span),
    sum: new Float64Array(leads * (span + 1)),
    squares: new Float64Array(leads * (span + 1)),
    pair: new Float64Array(2),
  };
}

/**
 * Fills the windows of one beat: samples `start − maxShift` to `start + length + maxShift − 1`
 * of every lead (NaN and samples outside the lead count as 0) and their running sums.
 * @param leads - samples per lead, µV
 * @param start - sample of the template's first point at lag 0
 * @param length - template samples
 * @param maxShift - largest lag, samples (≥ 0)
 * @param scratch - from {@link lagScratch} (at least as many leads)
 * @example fillLagWindows(leads, fiducial - 40, 91, 10, scratch);
 */
export function fillLagWindows(
  leads: readonly Float32Array[],
  start: number,
  length: number,
  maxShift: number,
  scratch: LagScratch,
): void {
  const span = length + 2 * maxShift;
  const { x, sum, squares } = scratch;
  const offset = start - maxShift;
  for (let l = 0; l < leads.length; l++) {
    const lead = leads[l] ?? new Float32Array(0);
    const base = l * span;
    const sums = l * (span + 1);
    let s = 0;
    let q = 0;
    sum[sums] = 0;
    squares[sums] = 0;
    for (let i = 0; i < span; i++) {
      // Outside the lead counts as 0; the load itself never goes out of bounds (V8 would then
      // make it a slow, allocating load for good).
      const index = offset + i;
      const v = index >= 0 && index < lead.length ? (lead[index] as number) : 0;
      const xi = Number.isNaN(v) ? 0 : v;
      x[base + i] = xi;
      s += xi;
      q += xi ** 2;
      sum[sums + i + 1] = s;
      squares[sums + i + 1] = q;
    }
  }
}

/**
 * Energy of the templates, Σ over leads and samples of t², lead after lead (a missing template
 * counts as zeros).
 * @param templates - centred templates per lead, all of one length
 * @param leadCount - leads searched
 * @returns the energy, µV²
 * @example templatePower(centred, 12);
 */
export function templatePower(templates: readonly Float64Array[], leadCount: number): number {
  const length = templates[0]?.length ?? 0;
  let power = 0;
  for (let l = 0; l < leadCount; l++) {
    const t = templates[l] ?? new Float64Array(0);
    for (let i = 0; i < length; i++) {
      power += (t[i] ?? 0) ** 2;
    }
  }
  return power;
}
