/**
 * The lag that best aligns one beat with the QRS templates of `beat-selection.ts`: the shift in
 * ±maxShift maximising the Pearson correlation, pooled over all leads, of the beat's samples with
 * the centred templates. The correlation of band-limited signals changes smoothly with the lag
 * (the QRS band ends near 40 Hz, a period of 12 samples or more at 500 Hz), so the search is
 * coarse to fine: every second lag first, then the two lags either side of the best of those.
 * This finds the same lag as trying every one unless the correlation has two separated peaks of
 * nearly equal height; it costs 13 correlations instead of 21 at 500 Hz.
 */

/** Work arrays of {@link bestLag}, reused from beat to beat. */
export interface LagScratch {
  /** Per lead, the beat's samples over the template plus the lags (lead after lead). */
  x: Float64Array;
  /** Per lead, running sums of x and x² (lead after lead, one more entry than x each). */
  sum: Float64Array;
  squares: Float64Array;
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
  };
}

/**
 * The lag in ±maxShift with the largest pooled correlation (ties within 1e-9 go to the smaller
 * |lag|), searched coarse to fine (see the module comment).
 * @param leads - samples per lead, µV (NaN and samples outside the lead count as 0)
 * @param templates - centred templates per lead, all of one length
 * @param start - sample of the template's first point at lag 0
 * @param maxShift - largest lag, samples (≥ 0)
 * @param scratch - work arrays from {@link lagScratch} (at least as many leads)
 * @returns the lag and its correlation (−1 to 1; 0 when undefined)
 * @example
 * const { lag, r } = bestLag(leads, centred, fiducial - 40, 10, scratch);
 */
export function bestLag(
  leads: readonly Float32Array[],
  templates: Float64Array[],
  start: number,
  maxShift: number,
  scratch: LagScratch,
): { lag: number; r: number } {
  const length = templates[0]?.length ?? 0;
  const span = length + 2 * maxShift;
  const { x, sum, squares } = scratch;
  let templatePower = 0;
  const offset = start - maxShift;
  for (let l = 0; l < leads.length; l++) {
    const lead = leads[l] ?? new Float32Array(0);
    const t = templates[l] ?? new Float64Array(0);
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
      const v = index >= 0 && index < lead.length ? (lead[index] ?? 0) : 0;
      const xi = Number.isNaN(v) ? 0 : v;
      x[base + i] = xi;
      s += xi;
      q += xi ** 2;
      sum[sums + i + 1] = s;
      squares[sums + i + 1] = q;
    }
    for (let i = 0; i < length; i++) {
      templatePower += (t[i] ?? 0) ** 2;
    }
  }
  const at = { leads: leads.length, span, length, templatePower };
  let bestLagValue = 0;
  let bestR = -2;
  const lags = 2 * maxShift + 1;
  // Every second lag (lags − 1 = 2·maxShift is even: both ends of the range are tried), then
  // the two either side of the best of them.
  let coarse = 0;
  for (let step = 0; step < 2; step++) {
    const first = step === 0 ? 0 : coarse - 1;
    const last = step === 0 ? lags - 1 : coarse + 1;
    for (let k = Math.max(0, first); k <= Math.min(lags - 1, last); k += 2) {
      const r = correlationAt(scratch, templates, at, k);
      const lag = k - maxShift;
      if (
        r > bestR + 1e-9 ||
        (Math.abs(r - bestR) <= 1e-9 && Math.abs(lag) < Math.abs(bestLagValue))
      ) {
        bestLagValue = lag;
        bestR = r;
      }
    }
    coarse = bestLagValue + maxShift;
  }
  return { lag: bestLagValue, r: bestR };
}

/**
 * Pooled correlation at lag index k (lag k − maxShift) of the windows in `scratch`. (A function
 * of its own, not a closure: a double captured by a closure is boxed on every update.)
 */
function correlationAt(
  scratch: LagScratch,
  templates: Float64Array[],
  at: { leads: number; span: number; length: number; templatePower: number },
  k: number,
): number {
  const { x, sum, squares } = scratch;
  const { span, length } = at;
  let cross = 0;
  let power = 0;
  for (let l = 0; l < at.leads; l++) {
    const t = templates[l] ?? new Float64Array(0);
    const base = l * span + k;
    // The templates are centred, so Σ (x − mean)·t = Σ x·t. Four partial sums: the products
    // are independent, so the CPU need not wait on each add.
    let c0 = 0;
    let c1 = 0;
    let c2 = 0;
    let c3 = 0;
    let i = 0;
    for (; i + 3 < length; i += 4) {
      c0 += (x[base + i] ?? 0) * (t[i] ?? 0);
      c1 += (x[base + i + 1] ?? 0) * (t[i + 1] ?? 0);
      c2 += (x[base + i + 2] ?? 0) * (t[i + 2] ?? 0);
      c3 += (x[base + i + 3] ?? 0) * (t[i + 3] ?? 0);
    }
    for (; i < length; i++) {
      c0 += (x[base + i] ?? 0) * (t[i] ?? 0);
    }
    const sums = l * (span + 1) + k;
    const s1 = (sum[sums + length] ?? 0) - (sum[sums] ?? 0);
    const s2 = (squares[sums + length] ?? 0) - (squares[sums] ?? 0);
    cross += c0 + c1 + (c2 + c3);
    power = power + s2 - (s1 * s1) / Math.max(1, length); // (as summed lag by lag before)
  }
  const p = power * at.templatePower;
  return p > 0 ? cross / Math.sqrt(p) : 0;
}
