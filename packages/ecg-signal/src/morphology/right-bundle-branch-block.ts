/**
 * Right bundle branch block, complete and incomplete, by the AHA/ACCF/HRS recommendations for
 * the standardization and interpretation of the ECG, part III (Surawicz B et al. 2009,
 * Circulation 119:e235–e240): complete RBBB: QRS ≥ 120 ms; rsr′, rsR′ or rSR′ (or a wide, often
 * notched R) in V1 or V2; S of greater duration than R or > 40 ms in I and V6. Incomplete: the
 * same with QRS 110–119 ms. Departures: "wide R" in V1 means a terminal positive lobe lasting
 * ≥ half the QRS; the guideline's normal R peak time in V5–V6 and > 50 ms in V1 are not
 * required. Needs the median beat (`qrs-lobes.ts`).
 */
import type { Measurements } from '../measurements/types.js';
import { leadLobes, lobeDurationMs, lobePattern } from './qrs-lobes.js';
import { measured, type Evidence, type Finding } from './types.js';

/** The QRS duration of a complete block, ms (110–119 ms: incomplete). */
export const COMPLETE_BLOCK_QRS_MS = 120;

const complete = { comparison: '>=', value: COMPLETE_BLOCK_QRS_MS } as const;

/**
 * Complete or incomplete right bundle branch block.
 * @param m - measurements from `measureEcg` (needs the median beat of V1 or V2, and I or V6)
 * @returns the finding, or null when the criteria are not met or cannot be applied
 * @example
 * assessRbbb(m)?.code; // 'completeRbbb'
 */
export function assessRbbb(m: Measurements): Finding | null {
  const qrs = m.qrsDurationMs;
  if (qrs < 110) {
    return null;
  }
  const evidence: Evidence[] = [measured('QRS duration', [], qrs, 'ms', complete)];
  const rightLeads = ['V1', 'V2'].filter((name) => {
    const { lead, lobes } = leadLobes(m, name) ?? { lobes: [] };
    const last = lobes.at(-1);
    if (lead === undefined || last?.sign !== 1) {
      return false;
    }
    const rPrime = /\+-+\+$/.test(lobePattern(lobes));
    const lastMs = lobeDurationMs(last, lead.sampleRateHz);
    evidence.push(measured(`terminal R′ duration (${lobePattern(lobes)})`, [name], lastMs, 'ms'));
    return rPrime || lastMs >= qrs / 2;
  });
  const leftLeads = ['I', 'V6'].map((name) => {
    const { lead, lobes } = leadLobes(m, name) ?? { lobes: [] };
    const last = lobes.at(-1);
    if (lead === undefined || last === undefined) {
      return { name, present: false, broadS: false };
    }
    const r = Math.max(
      0,
      ...lobes.filter((l) => l.sign === 1).map((l) => lobeDurationMs(l, lead.sampleRateHz)),
    );
    const s = last.sign === -1 ? lobeDurationMs(last, lead.sampleRateHz) : 0;
    evidence.push(
      measured('terminal S duration', [name], s, 'ms', { comparison: '>', value: Math.min(40, r) }),
    );
    return { name, present: true, broadS: s > 40 || (s > 0 && s > r) };
  });
  const present = leftLeads.filter((l) => l.present);
  if (rightLeads.length === 0 || present.length === 0 || !present.every((l) => l.broadS)) {
    return null;
  }
  const full = qrs >= COMPLETE_BLOCK_QRS_MS;
  return {
    code: full ? 'completeRbbb' : 'incompleteRbbb',
    text: full ? 'Complete right bundle branch block' : 'Incomplete right bundle branch block',
    leads: [...rightLeads, ...present.map((l) => l.name)],
    criteria:
      'AHA/ACCF/HRS 2009 (Surawicz et al.): QRS ≥ 120 ms (110–119 incomplete), rsR′ or wide R in V1/V2, broad S in I and V6',
    evidence,
  };
}
