/**
 * The lag that best aligns one beat with the QRS templates of `beat-selection.ts`: the shift in
 * ±maxShift maximising the Pearson correlation, pooled over all leads, of the beat's samples with
 * the centred templates. The correlation of band-limited signals changes smoothly with the lag
 * (the QRS band ends near 40 Hz, a period of 12 samples or more at 500 Hz), so the search is
 * coarse to fine: every second lag first, then the two lags either side of the best of those.
 * This finds the same lag as trying every one unless the correlation has two separated peaks of
 * nearly equal height; it costs 13 correlations instead of 21 at 500 Hz. The beat's windows and
 * their running sums are filled by `lag-windows.ts`, which also gives the templates' energy, once
 * per template rather than once per beat; lags two apart are correlated together, sharing the
 * template's loads, each with the sums it would have alone.
 */
import { fillLagWindows, templatePower, type LagScratch } from './lag-windows.js';

export { lagScratch, type LagScratch } from './lag-windows.js';

/**
 * The lag in ±maxShift with the largest pooled correlation (ties within 1e-9 go to the smaller
 * |lag|), searched coarse to fine (see the module comment).
 * @param leads - samples per lead, µV (NaN and samples outside the lead count as 0)
 * @param templates - centred templates per lead, all of one length
 * @param start - sample of the template's first point at lag 0
 * @param maxShift - largest lag, samples (≥ 0)
 * @param scratch - work arrays from `lagScratch` (at least as many leads)
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
  fillLagWindows(leads, start, length, maxShift, scratch);
  return searchLag(
    templates,
    templatePower(templates, leads.length),
    leads.length,
    maxShift,
    scratch,
  );
}

/**
 * {@link bestLag} on windows filled beforehand (`fillLagWindows`) and the templates' energy
 * computed beforehand (`templatePower`): the same result, the shared work done once.
 * @param templates - centred templates per lead, all of one length
 * @param power - their energy (`templatePower`)
 * @param leadCount - leads in the windows
 * @param maxShift - largest lag, samples (≥ 0)
 * @param scratch - the beat's filled windows
 * @returns the lag and its correlation (−1 to 1; 0 when undefined)
 * @example
 * fillLagWindows(leads, start, 91, 10, scratch);
 * searchLag(centred, templatePower(centred, 12), 12, 10, scratch).lag;
 */
export function searchLag(
  templates: Float64Array[],
  power: number,
  leadCount: number,
  maxShift: number,
  scratch: LagScratch,
): { lag: number; r: number } {
  const length = templates[0]?.length ?? 0;
  const span = length + 2 * maxShift;
  const at = { leads: leadCount, span, length, templatePower: power };
  let bestLagValue = 0;
  let bestR = -2;
  const lags = 2 * maxShift + 1;
  // Every second lag (lags − 1 = 2·maxShift is even: both ends of the range are tried), then
  // the two either side of the best of them. The lags are evaluated two at a time (k and k + 2,
  // `correlationPair`) and then judged one by one in increasing order.
  const r = scratch.pair;
  let coarse = 0;
  for (let step = 0; step < 2; step++) {
    const first = Math.max(0, step === 0 ? 0 : coarse - 1);
    const last = Math.min(lags - 1, step === 0 ? lags - 1 : coarse + 1);
    for (let k = first; k <= last; k += 4) {
      const both = k + 2 <= last;
      correlationPair(scratch, templates, at, k, both ? k + 2 : k);
      for (let m = 0; m < (both ? 2 : 1); m++) {
        const value = r[m] as number;
        const lag = k + 2 * m - maxShift;
        if (
          value > bestR + 1e-9 ||
          (Math.abs(value - bestR) <= 1e-9 && Math.abs(lag) < Math.abs(bestLagValue))
        ) {
          bestLagValue = lag;
          bestR = value;
        }
      }
    }
    coarse = bestLagValue + maxShift;
  }
  return { lag: bestLagValue, r: bestR };
}

/**
 * Pooled correlations at lag indices k and k2 (lags k − maxShift, k2 − maxShift) of the windows
 * in `scratch`, into `scratch.pair`. Each lag's sums are added exactly as for that lag alone;
 * computing two at once loads each template value once for both. (A function of its own, not a
 * closure: a double captured by a closure is boxed on every update.)
 */
function correlationPair(
  scratch: LagScratch,
  templates: Float64Array[],
  at: { leads: number; span: number; length: number; templatePower: number },
  k: number,
  k2: number,
): void {
  const { x, sum, squares, pair } = scratch;
  const { span, length } = at;
  const d = k2 - k;
  let cross = 0;
  let cross2 = 0;
  let power = 0;
  let power2 = 0;
  for (let l = 0; l < at.leads; l++) {
    // A missing or short template counts as zeros, as reading past it did.
    const given = templates[l];
    const t = given !== undefined && given.length >= length ? given : zeros(length);
    const base = l * span + k;
    // The templates are centred, so Σ (x − mean)·t = Σ x·t. Four partial sums per lag: the
    // products are independent, so the CPU need not wait on each add.
    let c0 = 0;
    let c1 = 0;
    let c2 = 0;
    let c3 = 0;
    let e0 = 0;
    let e1 = 0;
    let e2 = 0;
    let e3 = 0;
    let i = 0;
    for (; i + 3 < length; i += 4) {
      const j = base + i;
      const t0 = t[i] as number;
      const t1 = t[i + 1] as number;
      const t2 = t[i + 2] as number;
      const t3 = t[i + 3] as number;
      c0 += (x[j] as number) * t0;
      c1 += (x[j + 1] as number) * t1;
      c2 += (x[j + 2] as number) * t2;
      c3 += (x[j + 3] as number) * t3;
      e0 += (x[j + d] as number) * t0;
      e1 += (x[j + d + 1] as number) * t1;
      e2 += (x[j + d + 2] as number) * t2;
      e3 += (x[j + d + 3] as number) * t3;
    }
    for (; i < length; i++) {
      c0 += (x[base + i] as number) * (t[i] as number);
      e0 += (x[base + d + i] as number) * (t[i] as number);
    }
    const sums = l * (span + 1) + k;
    const s1 = (sum[sums + length] as number) - (sum[sums] as number);
    const s2 = (squares[sums + length] as number) - (squares[sums] as number);
    const u1 = (sum[sums + d + length] as number) - (sum[sums + d] as number);
    const u2 = (squares[sums + d + length] as number) - (squares[sums + d] as number);
    cross += c0 + c1 + (c2 + c3);
    cross2 += e0 + e1 + (e2 + e3);
    power = power + s2 - (s1 * s1) / Math.max(1, length); // (as summed lag by lag before)
    power2 = power2 + u2 - (u1 * u1) / Math.max(1, length);
  }
  const p = power * at.templatePower;
  const p2 = power2 * at.templatePower;
  pair[0] = p > 0 ? cross / Math.sqrt(p) : 0;
  pair[1] = p2 > 0 ? cross2 / Math.sqrt(p2) : 0;
}

/** Zeros standing in for a missing template. */
function zeros(length: number): Float64Array {
  return new Float64Array(length);
}
