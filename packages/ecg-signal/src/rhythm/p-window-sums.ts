/**
 * The sums behind the P-template correlation of `p-candidates.ts`, over windows of
 * 2·half + 1 samples centred on given samples: the window's centred energy Σ(x − x̄)² from running
 * sums, and the cross product Σx·y with the centred template. Every sum runs lead by lead,
 * adding into per-centre totals in lead order, so a centre's totals do not depend on which other
 * centres are computed. The cross products can stop early where Cauchy–Schwarz shows that a
 * centre cannot reach a required value: branch and bound (Land & Doig 1960, "An automatic method
 * of solving discrete programming problems", Econometrica 28(3):497–520) with the bound
 * |Σx·y| ≤ √(Σ(x − x̄)²·Σy²) over the leads not yet added.
 */

/** Work array of {@link windowEnergies}, kept from call to call (`perLead` is a view into it). */
let scratch = new Float64Array(0);

/** Per-centre window energies. */
export interface WindowEnergies {
  /** Σ over leads of the window's centred energy Σ(x − x̄)², µV², one per centre. */
  total: Float64Array;
  /** The same per lead: lead l, centre j at l · count + j (valid until the next call). */
  perLead: Float64Array;
}

/**
 * Centred window energies at the given centres, from running sums Σx and Σx² (window energy =
 * ΔΣx² − (ΔΣx)² / width), the window's last sample closing it during the running sum.
 * @param leadsUv - leads, µV, equally long
 * @param leadCount - leads used (the first `leadCount`)
 * @param centres - window centres, samples, ascending, within [half, length − half)
 * @param half - window half-width, samples
 * @returns the totals and per-lead energies
 * @example
 * const { total } = windowEnergies(leadsUv, 12, centres, 8);
 */
export function windowEnergies(
  leadsUv: readonly Float32Array[],
  leadCount: number,
  centres: Int32Array,
  half: number,
): WindowEnergies {
  const m = centres.length;
  const width = 2 * half + 1;
  const total = new Float64Array(m);
  const length = leadsUv[0]?.length ?? 0;
  const size = m * leadCount + 2 * (length + 1);
  if (scratch.length < size) {
    scratch = new Float64Array(size);
  }
  const perLead = scratch.subarray(0, m * leadCount);
  const sx = scratch.subarray(m * leadCount, m * leadCount + length + 1);
  const sxx = scratch.subarray(m * leadCount + length + 1, size);
  for (let l = 0; l < leadCount; l++) {
    const lead = leadsUv[l];
    if (lead === undefined) {
      perLead.fill(0, l * m, (l + 1) * m);
      continue;
    }
    sx[0] = 0;
    sxx[0] = 0;
    let s = 0;
    let q = 0;
    let j = 0;
    // The last sample of the next window.
    let close = m > 0 ? (centres[0] ?? 0) + half : -1;
    for (let i = 0; i < lead.length; i++) {
      const x = lead[i] ?? 0;
      s += x;
      q += x * x;
      sx[i + 1] = s;
      sxx[i + 1] = q;
      if (i === close) {
        const start = i + 1 - width;
        const mean = s - (sx[start] ?? 0);
        const e = q - (sxx[start] ?? 0) - (mean * mean) / width;
        total[j] = (total[j] ?? 0) + e;
        perLead[l * m + j] = e;
        j++;
        close = j < m ? (centres[j] ?? 0) + half : -1;
      }
    }
  }
  return { total, perLead };
}

/**
 * Σ over leads of Σx·y at the centres listed in `alive`, dropping a centre as soon as its partial
 * sum plus a bound on the remaining leads' sum falls below its `need` (a NaN sum is never
 * dropped); the bound is Cauchy–Schwarz over the remaining leads together,
 * √(their window energy · their template energy). Overwrites `work.alive`.
 * @param leadsUv - leads, µV
 * @param centred - centred template per lead (2·half + 1 samples)
 * @param centres - window centres, samples (as for {@link windowEnergies})
 * @param work - `alive`: indices into `centres` to compute; `need` per centre; `energies`
 * @param half - template half-width, samples
 * @returns per centre the sum (complete for the returned survivors) and the survivors' indices
 * @example
 * const { xy, survivors } = boundedCrossSums(leadsUv, centred, centres, work, 8);
 */
export function boundedCrossSums(
  leadsUv: readonly Float32Array[],
  centred: readonly Float64Array[],
  centres: Int32Array,
  work: { alive: Int32Array; need: Float64Array; energies: WindowEnergies },
  half: number,
): { xy: Float64Array; survivors: Int32Array } {
  const m = centres.length;
  const width = 2 * half + 1;
  const { need, energies, alive } = work;
  const templateEnergy = centred.map((y) => {
    let e = 0;
    for (let i = 0; i < width; i++) {
      e += (y[i] ?? 0) * (y[i] ?? 0);
    }
    return e;
  });
  let templateRest = templateEnergy.reduce((a, e) => a + e, 0);
  const xy = new Float64Array(m);
  const rest = Float64Array.from(energies.total);
  let count = alive.length;
  for (let l = 0; l < centred.length && count > 0; l++) {
    const lead = leadsUv[l];
    const y = centred[l];
    if (lead === undefined || y === undefined) {
      continue;
    }
    templateRest = Math.max(0, templateRest - (templateEnergy[l] ?? 0));
    let kept = 0;
    for (let k = 0; k < count; k++) {
      const j = alive[k] ?? 0;
      const sum = (xy[j] ?? 0) + crossProduct(lead, (centres[j] ?? 0) - half, y, width);
      const left = (rest[j] ?? 0) - (energies.perLead[l * m + j] ?? 0);
      xy[j] = sum;
      rest[j] = left;
      if (!(sum + Math.sqrt(Math.max(0, left) * templateRest) < (need[j] ?? 0))) {
        alive[kept++] = j;
      }
    }
    count = kept;
  }
  return { xy, survivors: alive.subarray(0, count) };
}

/**
 * Σ over leads of Σx·y at the listed centres, written into `xy` (replacing what is there).
 * @param leadsUv - leads, µV
 * @param centred - centred template per lead
 * @param centres - window centres, samples
 * @param which - indices into `centres` to compute
 * @param xy - per-centre sums, written at `which`
 * @param half - template half-width, samples
 * @example
 * crossSums(leadsUv, centred, centres, which, xy, 8);
 */
export function crossSums(
  leadsUv: readonly Float32Array[],
  centred: readonly Float64Array[],
  centres: Int32Array,
  which: Int32Array,
  xy: Float64Array,
  half: number,
): void {
  for (const j of which) {
    xy[j] = 0;
  }
  for (let l = 0; l < centred.length; l++) {
    const lead = leadsUv[l];
    const y = centred[l];
    if (lead === undefined || y === undefined) {
      continue;
    }
    for (const j of which) {
      xy[j] = (xy[j] ?? 0) + crossProduct(lead, (centres[j] ?? 0) - half, y, 2 * half + 1);
    }
  }
}

/**
 * Σ lead[start + i] · y[i] over i < width, with four partial sums (the products are independent,
 * so the CPU need not wait on each add).
 */
function crossProduct(lead: Float32Array, start: number, y: Float64Array, width: number): number {
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let i = 0;
  for (; i + 3 < width; i += 4) {
    s0 += (lead[start + i] ?? 0) * (y[i] ?? 0);
    s1 += (lead[start + i + 1] ?? 0) * (y[i + 1] ?? 0);
    s2 += (lead[start + i + 2] ?? 0) * (y[i + 2] ?? 0);
    s3 += (lead[start + i + 3] ?? 0) * (y[i + 3] ?? 0);
  }
  for (; i < width; i++) {
    s0 += (lead[start + i] ?? 0) * (y[i] ?? 0);
  }
  return s0 + s1 + (s2 + s3);
}
