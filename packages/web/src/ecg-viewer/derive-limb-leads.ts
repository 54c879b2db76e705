/**
 * The four limb leads a cart computes instead of recording: most carts digitise I and II (plus
 * V1–V6) and derive the rest, and SCP-ECG or aECG files often store only those eight. With I and
 * II recorded at the same instants the others follow exactly from Einthoven's law and Goldberger's
 * augmented leads (III = II − I, aVR = −(I + II)/2, aVL = I − II/2, aVF = II − I/2; IEC
 * 60601-2-25:2011 Table 201.105), so the viewer can show the full 12 leads.
 */
import type { EcgLead, EcgSignal } from '@gesang/ecg-signal';

/** Each derived lead as a·I + b·II. */
const DERIVED: readonly [string, number, number][] = [
  ['III', -1, 1],
  ['aVR', -0.5, -0.5],
  ['aVL', 1, -0.5],
  ['aVF', -0.5, 1],
];

/**
 * The record with any of III, aVR, aVL, aVF it lacks computed from I and II (appended after the
 * recorded leads); the record itself when it has them all, or lacks I or II.
 * @param signal the record
 * @returns the record to display, and the names of the leads that were computed
 * @example withDerivedLimbLeads(eightLeadScp).derived // ['III', 'aVR', 'aVL', 'aVF']
 */
export function withDerivedLimbLeads(signal: EcgSignal): { signal: EcgSignal; derived: string[] } {
  const lead = (name: string): Float32Array | undefined =>
    signal.leads.find((l) => l.name === name)?.samplesUv;
  const i = lead('I');
  const ii = lead('II');
  const missing = DERIVED.filter(([name]) => lead(name) === undefined);
  if (i === undefined || ii === undefined || missing.length === 0) {
    return { signal, derived: [] };
  }
  const added: EcgLead[] = missing.map(([name, a, b]) => {
    const samplesUv = new Float32Array(i.length);
    for (let k = 0; k < samplesUv.length; k++) {
      samplesUv[k] = a * (i[k] as number) + b * (ii[k] ?? NaN);
    }
    return { name, samplesUv };
  });
  return {
    signal: { ...signal, leads: [...signal.leads, ...added] },
    derived: added.map((l) => String(l.name)),
  };
}
