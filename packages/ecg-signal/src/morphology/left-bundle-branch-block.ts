/**
 * Left bundle branch block, complete and incomplete, by the AHA/ACCF/HRS recommendations part III
 * (Surawicz B et al. 2009, Circulation 119:e235–e240): complete LBBB: QRS ≥ 120 ms; broad notched
 * or slurred R in I, aVL, V5, V6 (here: R dominant in I and in V5 or V6); no q in I, V5, V6;
 * R peak time > 60 ms in V5 or V6; QS or rS in V1. Incomplete LBBB: QRS 110–119 ms, R peak time
 * > 60 ms in V4, V5 or V6, no q in I, V5, V6. Departures: a q shallower than
 * {@link Q_ABSENT_UV} counts as absent; the LVH pattern of incomplete LBBB is not required;
 * notching is not required (the late R peak stands for the broad, slurred R). Needs the median
 * beat (`qrs-lobes.ts`).
 */
import type { Measurements } from '../measurements/types.js';
import { leadOf, negativeDepthUv, qrsPolarity } from './leads.js';
import { leadLobes, rPeakTimeMs } from './qrs-lobes.js';
import { COMPLETE_BLOCK_QRS_MS } from './right-bundle-branch-block.js';
import { measured, type Evidence, type Finding } from './types.js';

/**
 * A q wave shallower than this counts as absent, µV: 0.1 mV, the depth from which the Fourth
 * Universal Definition of MI counts a Q wave.
 */
export const Q_ABSENT_UV = 100;

const complete = { comparison: '>=', value: COMPLETE_BLOCK_QRS_MS } as const;

/**
 * Complete or incomplete left bundle branch block.
 * @param m - measurements from `measureEcg` (needs the median beat of V5 or V6, V4 for
 *   incomplete LBBB)
 * @returns the finding, or null when the criteria are not met or cannot be applied
 * @example
 * assessLbbb(m)?.code; // 'completeLbbb'
 */
export function assessLbbb(m: Measurements): Finding | null {
  const qrs = m.qrsDurationMs;
  if (qrs < 110) {
    return null;
  }
  const full = qrs >= COMPLETE_BLOCK_QRS_MS;
  const evidence: Evidence[] = [measured('QRS duration', [], qrs, 'ms', complete)];
  const noQ = ['I', 'V5', 'V6'].every((name) => {
    const lead = leadOf(m, name);
    if (lead !== undefined) {
      evidence.push(
        measured('q depth', [name], -lead.qAmplitudeUv, 'uV', {
          comparison: '<',
          value: Q_ABSENT_UV,
        }),
      );
    }
    return lead === undefined || -lead.qAmplitudeUv < Q_ABSENT_UV;
  });
  const late = (full ? ['V5', 'V6'] : ['V4', 'V5', 'V6']).filter((name) => {
    const shape = leadLobes(m, name);
    const time = shape === undefined ? null : rPeakTimeMs(shape.lead, shape.lobes);
    if (time !== null) {
      evidence.push(measured('R peak time', [name], time, 'ms', { comparison: '>', value: 60 }));
    }
    return time !== null && time > 60;
  });
  const v1 = leadOf(m, 'V1');
  const v1Negative =
    v1 !== undefined &&
    leadLobes(m, 'V1')?.lobes.at(-1)?.sign === -1 &&
    v1.rAmplitudeUv < negativeDepthUv(v1);
  if (v1 !== undefined) {
    evidence.push(
      measured(
        'R / S depth (QS or rS)',
        ['V1'],
        v1.rAmplitudeUv / Math.max(1, negativeDepthUv(v1)),
        'ratio',
        { comparison: '<', value: 1 },
      ),
    );
  }
  const dominant = (name: string): boolean => {
    const lead = leadOf(m, name);
    return lead !== undefined && qrsPolarity(lead) === 1;
  };
  const broadR = dominant('I') && (dominant('V5') || dominant('V6'));
  if (!noQ || late.length === 0 || (full && !(v1Negative && broadR))) {
    return null;
  }
  return {
    code: full ? 'completeLbbb' : 'incompleteLbbb',
    text: full ? 'Complete left bundle branch block' : 'Incomplete left bundle branch block',
    leads: full ? ['V1', 'I', ...late] : late,
    criteria:
      'AHA/ACCF/HRS 2009 (Surawicz et al.): QRS ≥ 120 ms (110–119 incomplete), R peak time > 60 ms in V5/V6, no q in I, V5, V6, QS or rS in V1',
    evidence,
  };
}
