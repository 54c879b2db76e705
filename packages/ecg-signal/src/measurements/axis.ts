/**
 * Frontal-plane electrical axis from the net areas of leads I and aVF, on the hexaxial reference
 * system of Einthoven and Goldberger: axis = atan2(area aVF, area I), 0° pointing to the
 * patient's left, +90° downwards (Einthoven 1913; Goldberger 1942; e.g. Surawicz & Knilans,
 * Chou's Electrocardiography in Clinical Practice, 6th ed., 2008). Departure noted for readers of
 * Einthoven's triangle: aVF carries √3/2 of the vertical component, so the exact angle would be
 * atan2(2·aVF/√3, I), which differs by at most 4°; the hexaxial convention used by clinicians
 * and printed on carts is kept. Leads missing from the record are derived from the others
 * (Einthoven's law I + III = II, aVF = (II + III) / 2); areas are linear, so the derivation
 * is done on areas.
 */

/** Net areas of the limb leads the record has, µV·ms, keyed by canonical lead name. */
export type LimbAreas = Partial<Record<'I' | 'II' | 'III' | 'aVF', number>>;

/**
 * Frontal axis from limb-lead net areas.
 * @param areas - net areas, µV·ms, of whichever of I, II, III, aVF the record has
 * @returns the axis, degrees in (−180, 180]; null when I and aVF cannot be derived or both
 *   areas are below 1 µV·ms (no net vector)
 * @example
 * frontalAxisDeg({ I: 1000, aVF: 1000 }); // 45
 * frontalAxisDeg({ II: 1000, III: 1000 }); // 90 (I = 0, aVF = 1000)
 */
export function frontalAxisDeg(areas: LimbAreas): number | null {
  const { I: i, II: ii, III: iii, aVF: avf } = areas;
  const leadI = i ?? (ii !== undefined && iii !== undefined ? ii - iii : undefined);
  let leadAvf = avf;
  if (leadAvf === undefined && ii !== undefined && iii !== undefined) {
    leadAvf = (ii + iii) / 2;
  } else if (leadAvf === undefined && leadI !== undefined && ii !== undefined) {
    leadAvf = ii - leadI / 2;
  } else if (leadAvf === undefined && leadI !== undefined && iii !== undefined) {
    leadAvf = iii + leadI / 2;
  }
  if (leadI === undefined || leadAvf === undefined) {
    return null;
  }
  if (Math.abs(leadI) < 1 && Math.abs(leadAvf) < 1) {
    return null;
  }
  const deg = (Math.atan2(leadAvf, leadI) * 180) / Math.PI;
  return deg === -180 ? 180 : deg;
}

/**
 * Net area of a signal between two fractional indices, relative to a baseline (trapezoid rule
 * on the samples inside the interval).
 * @param samplesUv - one lead, µV
 * @param sampleRateHz - Hz
 * @param from - start index (fractional allowed)
 * @param to - end index, > from
 * @param baselineUv - level subtracted before integrating, µV
 * @returns area, µV·ms (positive above the baseline)
 * @example
 * netAreaUvMs(new Float32Array([0, 100, 0]), 1000, 0, 2, 0); // 100
 */
export function netAreaUvMs(
  samplesUv: Float32Array,
  sampleRateHz: number,
  from: number,
  to: number,
  baselineUv: number,
): number {
  const first = Math.max(0, Math.ceil(from));
  const last = Math.min(samplesUv.length - 1, Math.floor(to));
  let area = 0;
  for (let i = first; i < last; i++) {
    area += ((samplesUv[i] ?? 0) + (samplesUv[i + 1] ?? 0)) / 2 - baselineUv;
  }
  return (area * 1000) / sampleRateHz;
}
