/**
 * Long QT and low QRS voltage.
 * - Long QT: QTc (Bazett) > 450 ms in men, > 460 ms in women; ≥ 500 ms is marked prolongation
 *   (AHA/ACCF/HRS recommendations part IV, Rautaharju et al. 2009, Circulation 119:e241–e250).
 *   With sex unknown the men's 450 ms is applied (the more sensitive threshold) and the evidence
 *   says so. The QRS duration and heart rate are attached: with QRS ≥ 120 ms the QT contains the
 *   conduction delay, and Bazett over-corrects above about 90 beats/min (Fridericia is given).
 * - Low QRS voltage: peak-to-peak QRS < 0.5 mV in every limb lead, or < 1.0 mV in every chest
 *   lead (the conventional definition, e.g. Surawicz & Knilans, Chou's Electrocardiography in
 *   Clinical Practice, 6th ed. 2008). Each group is assessed only when all six of its leads exist.
 */
import type { Measurements } from '../measurements/types.js';
import { LIMB_LEADS, PRECORDIAL_LEADS, leadOf, qrsPeakToPeakUv } from './leads.js';
import { measured, type Evidence, type Finding, type PatientContext } from './types.js';

/**
 * Long QT by Bazett's QTc.
 * @param m - measurements from `measureEcg` (needs `qtcBazettMs`)
 * @param context - sex selects the threshold
 * @returns `markedlyLongQt` (≥ 500 ms), `longQt`, or null (also when QTc is not measured)
 * @example
 * assessLongQt({ ...m, qtcBazettMs: 470 }, { sex: 'male' })?.code; // 'longQt'
 */
export function assessLongQt(m: Measurements, context: PatientContext = {}): Finding | null {
  const qtc = m.qtcBazettMs;
  if (qtc === null) {
    return null;
  }
  const female = context.sex === 'female';
  const basis = female ? 'women' : context.sex === 'male' ? 'men' : "sex unknown: men's threshold";
  const limit = measured(`QTc Bazett (${basis})`, [], qtc, 'ms', {
    comparison: '>',
    value: female ? 460 : 450,
  });
  const marked = measured('QTc Bazett (marked)', [], qtc, 'ms', { comparison: '>=', value: 500 });
  if (limit.met !== true) {
    return null;
  }
  const supporting: Evidence[] = [measured('QRS duration', [], m.qrsDurationMs, 'ms')];
  if (m.heartRateBpm !== null) {
    supporting.push(measured('heart rate', [], m.heartRateBpm, 'bpm'));
  }
  if (m.qtcFridericiaMs !== null) {
    supporting.push(measured('QTc Fridericia', [], m.qtcFridericiaMs, 'ms'));
  }
  const isMarked = marked.met === true;
  return {
    code: isMarked ? 'markedlyLongQt' : 'longQt',
    text: isMarked ? 'Markedly prolonged QT interval' : 'Prolonged QT interval',
    leads: [],
    criteria:
      'AHA/ACCF/HRS 2009 (Rautaharju et al.): QTc Bazett > 450 ms men, > 460 ms women; ≥ 500 ms marked',
    evidence: [limit, marked, ...supporting],
  };
}

/**
 * Low QRS voltage in the limb leads, the chest leads, or both.
 * @param m - measurements from `measureEcg`
 * @returns the finding, or null when neither group is low (or none is complete)
 * @example
 * assessLowVoltage(m)?.leads; // ['I', 'II', 'III', 'aVR', 'aVL', 'aVF']
 */
export function assessLowVoltage(m: Measurements): Finding | null {
  const group = (names: readonly string[], limitUv: number): Evidence[] | null => {
    const leads = names.map((name) => leadOf(m, name));
    if (leads.some((lead) => lead === undefined)) {
      return null;
    }
    const evidence = names.map((name, k) => {
      const lead = leads[k];
      return measured(
        'QRS peak-to-peak',
        [name],
        lead === undefined ? 0 : qrsPeakToPeakUv(lead),
        'uV',
        {
          comparison: '<',
          value: limitUv,
        },
      );
    });
    return evidence.every((e) => e.met === true) ? evidence : null;
  };
  const limb = group(LIMB_LEADS, 500);
  const chest = group(PRECORDIAL_LEADS, 1000);
  if (limb === null && chest === null) {
    return null;
  }
  const where =
    limb !== null && chest !== null ? 'limb and chest' : limb !== null ? 'limb' : 'chest';
  const evidence = [...(limb ?? []), ...(chest ?? [])];
  return {
    code: 'lowQrsVoltage',
    text: `Low QRS voltage in the ${where} leads`,
    leads: evidence.flatMap((e) => e.leads),
    criteria: 'QRS peak-to-peak < 0.5 mV in every limb lead or < 1.0 mV in every chest lead',
    evidence,
  };
}
