/**
 * Adding the reference beat back (EN 1064:2005 §5.7 and §5.9): when section 3 flags reference
 * beat subtraction, the cart subtracted the type-0 reference beat (section 5) from the rhythm
 * data around every QRS complex of type 0, aligned on the fiducial points; the decoder adds it
 * back over each subtraction zone [SB, SE]. Rhythm sample t (1-based) receives reference sample
 * fcM + (t − fc), fcM being the reference beat's fiducial (section 4) and fc the complex's.
 */
import type { ScpQrsComplex } from './qrs-locations.js';

/**
 * Adds `referenceNv` into `rhythmNv` over the subtraction zones of the type-0 complexes.
 * @param rhythmNv - the lead's rhythm residual in nV (changed in place)
 * @param referenceNv - the lead's reference beat in nV, at the rhythm's sample rate
 * @param referenceFiducial - fcM, 1-based sample of the reference beat's fiducial point
 * @param complexes - section 4 QRS complexes
 * @returns how many zone samples fell outside the rhythm or the reference beat (skipped)
 * @example
 * const rhythm = new Float64Array(10);
 * addReferenceBeat(rhythm, Float64Array.of(1, 2, 3), 2, [
 *   { type: 0, subtractionStart: 4, fiducial: 5, subtractionEnd: 6 },
 * ]); // rhythm = [0, 0, 0, 1, 2, 3, 0, 0, 0, 0], returns 0
 */
export function addReferenceBeat(
  rhythmNv: Float64Array,
  referenceNv: Float64Array,
  referenceFiducial: number,
  complexes: readonly ScpQrsComplex[],
): number {
  let skipped = 0;
  for (const qrs of complexes) {
    if (qrs.type !== 0) {
      continue;
    }
    // Only t with 1 ≤ t ≤ rhythm length and 0 ≤ k < reference length are touched, so the loop
    // is bounded by the reference beat's length whatever the zone's stated bounds.
    const first = Math.max(qrs.subtractionStart, 1, qrs.fiducial - referenceFiducial + 1);
    const last = Math.min(
      qrs.subtractionEnd,
      rhythmNv.length,
      qrs.fiducial - referenceFiducial + referenceNv.length,
    );
    skipped += Math.max(
      0,
      qrs.subtractionEnd - qrs.subtractionStart + 1 - Math.max(0, last - first + 1),
    );
    for (let t = first; t <= last; t++) {
      const k = referenceFiducial - 1 + (t - qrs.fiducial);
      rhythmNv[t - 1] = (rhythmNv[t - 1] ?? 0) + (referenceNv[k] ?? 0);
    }
  }
  return skipped;
}
