/**
 * `assessMorphology`: conduction and morphology findings from {@link Measurements} (and, for
 * paced rhythm, from a pacemaker-spike detection on the raw signal): bundle branch blocks
 * (`right-bundle-branch-block.ts`, `left-bundle-branch-block.ts`), LVH and strain (`lvh.ts`),
 * long QT and low voltage (`qt-voltage.ts`), paced rhythm (`pacing-spikes.ts`). Each finding
 * carries its leads, values and thresholds. Rules that need the median beat are skipped silently
 * when it is absent. With ventricular pacing no bundle branch block is reported: a paced QRS is
 * wide by design, not by a conduction defect.
 */
import type { Measurements } from '../measurements/types.js';
import { assessLbbb } from './left-bundle-branch-block.js';
import { assessRbbb } from './right-bundle-branch-block.js';
import { assessLvh } from './lvh.js';
import type { PacingSpikeDetection } from './pacing-spikes.js';
import { assessLongQt, assessLowVoltage } from './qt-voltage.js';
import { measured, type Finding, type PatientContext } from './types.js';

/** Share of beats with a preceding spike from which the rhythm is called paced. */
export const PACED_MIN_BEAT_FRACTION = 0.3;

/** Options of {@link assessMorphology}. */
export interface MorphologyOptions {
  /** Result of `detectPacingSpikes` on the raw signal, when run. */
  pacing?: PacingSpikeDetection;
}

/**
 * All conduction and morphology findings of a record.
 * @param m - measurements from `measureEcg`
 * @param context - sex and age (LVH, QT thresholds)
 * @param options - pacemaker spike detection, when available
 * @returns the findings, in a fixed order (conduction, hypertrophy, QT, voltage, pacing)
 * @example
 * assessMorphology(m, { sex: 'female', ageYears: 64 }).map((f) => f.code); // ['completeLbbb']
 */
export function assessMorphology(
  m: Measurements,
  context: PatientContext = {},
  options: MorphologyOptions = {},
): Finding[] {
  // A ventricular-paced QRS is not a bundle branch block, whatever its shape.
  const paced = options.pacing !== undefined && pacedChambers(options.pacing).ventricular;
  const lbbb = paced ? null : assessLbbb(m);
  // A QRS can satisfy only one bundle: LBBB's V1 (QS/rS) excludes RBBB's terminal R′.
  const rbbb = paced || lbbb !== null ? null : assessRbbb(m);
  const findings = [
    rbbb,
    lbbb,
    ...assessLvh(m, context),
    assessLongQt(m, context),
    assessLowVoltage(m),
  ];
  if (options.pacing !== undefined) {
    findings.push(pacedRhythmFinding(options.pacing));
  }
  return findings.filter((f) => f !== null);
}

/**
 * Which chambers a pacemaker-spike detection shows paced: spikes before at least
 * {@link PACED_MIN_BEAT_FRACTION} of the beats, and at least two beats. Departure (own rule): the
 * fraction is low because at 500 Hz a spike is often sampled out; below 500 Hz nothing is paced.
 * @param pacing - result of `detectPacingSpikes`
 * @returns ventricular (spike just before the QRS) and atrial (spike before the P wave)
 * @example
 * pacedChambers(detectPacingSpikes(signal, qrs.samples)).ventricular; // true
 */
export function pacedChambers(pacing: PacingSpikeDetection): {
  ventricular: boolean;
  atrial: boolean;
} {
  const need = Math.max(2, Math.ceil(PACED_MIN_BEAT_FRACTION * pacing.beatCount));
  return {
    ventricular: pacing.supported && pacing.beatsWithVentricularSpike >= need,
    atrial: pacing.supported && pacing.beatsWithAtrialSpike >= need,
  };
}

/**
 * Paced rhythm as a finding ({@link pacedChambers}).
 * @param pacing - result of `detectPacingSpikes`
 * @returns the finding (chambers in its text), or null
 * @example
 * pacedRhythmFinding(detectPacingSpikes(signal, qrs.samples))?.text; // 'Ventricular paced rhythm'
 */
export function pacedRhythmFinding(pacing: PacingSpikeDetection): Finding | null {
  const { ventricular, atrial } = pacedChambers(pacing);
  if (!ventricular && !atrial) {
    return null;
  }
  const need = Math.max(2, Math.ceil(PACED_MIN_BEAT_FRACTION * pacing.beatCount));
  const chamber =
    ventricular && atrial ? 'Atrial and ventricular' : ventricular ? 'Ventricular' : 'Atrial';
  const threshold = { comparison: '>=', value: need } as const;
  return {
    code: 'pacedRhythm',
    text: `${chamber} paced rhythm`,
    leads: [...new Set(pacing.spikes.flatMap((s) => s.leads))],
    criteria: `pacemaker spikes before ≥ ${Math.round(PACED_MIN_BEAT_FRACTION * 100)} % of beats (own rule; ${pacing.note})`,
    evidence: [
      measured(
        'beats with a spike before the QRS',
        [],
        pacing.beatsWithVentricularSpike,
        'count',
        threshold,
      ),
      measured(
        'beats with a spike before the P wave',
        [],
        pacing.beatsWithAtrialSpike,
        'count',
        threshold,
      ),
      measured('beats', [], pacing.beatCount, 'count'),
    ],
  };
}
