/**
 * Atrioventricular block from the P waves of `p-waves.ts`: the AV-conduction statements of the
 * AHA/ACCF/HRS diagnostic statement list (Mason, Hancock & Gettes 2007, "Recommendations for the
 * standardization and interpretation of the electrocardiogram, part II: electrocardiography
 * diagnostic statement list", Circulation 115:1325–1332), with the conventional definitions:
 * - first degree: PR > {@link FIRST_DEGREE_PR_MS} with every P conducted;
 * - second degree, Mobitz I (Wenckebach): a non-conducted P after a lengthening PR, the PR after
 *   the pause shorter; Mobitz II: a non-conducted P with the PR unchanged before and after;
 * - third degree: P waves and QRS complexes dissociated: the atria faster than the ventricles, PR
 *   intervals scattered, ventricular (escape) rhythm regular (`third-degree.ts`).
 *
 * A non-conducted P counts only when it falls where the atrial rhythm puts it, one median P–P
 * interval (±{@link ON_TIME_TOLERANCE}) after the last conducted P and before the next one.
 * Departures: per non-conducted P the decision uses the two conducted beats before it and one
 * after (a 2:1 block, which is indeterminate, ends up as Mobitz II); the tolerances (ms) are
 * ours, set to twice the spread of the PR estimate.
 */
import type { BeatType } from '../beats/types.js';
import { medianPpMs } from './third-degree.js';
import type { PWaveTrack, RhythmFinding } from './types.js';

/** First-degree AV block: median PR above this, ms. */
export const FIRST_DEGREE_PR_MS = 200;
/** PR changes up to this are "constant" (Mobitz II), ms. */
const CONSTANT_PR_MS = 20;
/** Wenckebach: PR lengthening before the drop, and shortening after it, at least this, ms. */
const PR_STEP_MS = 20;
/** A dropped P lies within this fraction of a P–P interval of where the rhythm puts it. */
const ON_TIME_TOLERANCE = 0.2;
/** At least this share of the non-V beats must have a P wave to judge the PR, 0–1. */
const MIN_P_SHARE = 0.5;

/**
 * First-degree AV block from per-beat PR intervals.
 * @param prMs - PR of every non-ventricular beat, ms (`NaN` where no P wave was found)
 * @returns the finding, or null when PR ≤ 200 ms or fewer than half the beats show a P wave
 * @example
 * firstDegreeAvBlock([201, 201, 202]); // finding with prMedianMs 201
 * firstDegreeAvBlock([200, 200, 200]); // null: 200 ms is not above 200 ms
 */
export function firstDegreeAvBlock(prMs: readonly number[]): RhythmFinding | null {
  const found = prMs.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (found.length === 0 || found.length < MIN_P_SHARE * prMs.length) {
    return null;
  }
  const mid = found.length >> 1;
  const prMedianMs =
    found.length % 2 === 1 ? (found[mid] ?? 0) : ((found[mid - 1] ?? 0) + (found[mid] ?? 0)) / 2;
  if (!(prMedianMs > FIRST_DEGREE_PR_MS)) {
    return null;
  }
  return {
    code: 'av_block_first_degree',
    evidence: {
      values: { prMedianMs, beatsWithP: found.length, beats: prMs.length },
      thresholds: { prAboveMs: FIRST_DEGREE_PR_MS, minShareWithP: MIN_P_SHARE },
    },
  };
}

/**
 * Second-degree AV block: classifies every non-conducted P wave that falls between two
 * conducted (non-V) beats.
 * @param types - beat classes
 * @param samples - beat times, samples, ascending
 * @param sampleRateHz - Hz
 * @param track - P waves per beat and the non-conducted ones
 * @returns at most one Mobitz I and one Mobitz II finding, each listing its dropped P waves
 * @example
 * secondDegreeAvBlock(types, samples, 500, track).map((f) => f.code); // ['av_block_second_degree_mobitz_1']
 */
export function secondDegreeAvBlock(
  types: readonly BeatType[],
  samples: Int32Array,
  sampleRateHz: number,
  track: PWaveTrack,
): RhythmFinding[] {
  const pr = (b: number): number => (types[b] === 'V' ? Number.NaN : (track.prMs[b] ?? Number.NaN));
  const ppSamples = (medianPpMs(track.allPSamples, sampleRateHz) * sampleRateHz) / 1000;
  // A dropped P is on time: one P–P after the P of the beat before it and one before the next.
  const onTime = (from: number, to: number): boolean =>
    Math.abs(to - from - ppSamples) <= ON_TIME_TOLERANCE * ppSamples;
  const drops = { mobitz1: [] as number[], mobitz2: [] as number[] };
  const prs = { mobitz1: [] as number[], mobitz2: [] as number[] };
  let b1 = 0;
  for (const p of track.nonConductedPSamples) {
    while (b1 < samples.length && (samples[b1] ?? 0) <= p) {
      b1++;
    }
    const b0 = b1 - 1;
    const [before2, before1, after] = [pr(b0 - 1), pr(b0), pr(b1)];
    if (
      b0 < 1 ||
      b1 >= samples.length ||
      ![before2, before1, after].every((v) => Number.isFinite(v))
    ) {
      continue;
    }
    if (!onTime(track.pPeakSample[b0] ?? -1, p) || !onTime(p, track.pPeakSample[b1] ?? -1)) {
      continue;
    }
    if (before1 - before2 >= PR_STEP_MS && before1 - after >= PR_STEP_MS) {
      drops.mobitz1.push(p);
      prs.mobitz1.push(before2, before1, after);
    } else if (
      Math.abs(before1 - before2) <= CONSTANT_PR_MS &&
      Math.abs(before1 - after) <= CONSTANT_PR_MS
    ) {
      drops.mobitz2.push(p);
      prs.mobitz2.push(before2, before1, after);
    }
  }
  const finding = (
    code: RhythmFinding['code'],
    list: number[],
    values: number[],
  ): RhythmFinding => ({
    code,
    evidence: {
      samples: list,
      values: {
        droppedP: list.length,
        prMinMs: values.reduce((m, v) => Math.min(m, v), Number.POSITIVE_INFINITY),
        prMaxMs: values.reduce((m, v) => Math.max(m, v), Number.NEGATIVE_INFINITY),
      },
      thresholds: { prStepMs: PR_STEP_MS, constantPrWithinMs: CONSTANT_PR_MS },
    },
  });
  const out: RhythmFinding[] = [];
  if (drops.mobitz1.length > 0) {
    out.push(finding('av_block_second_degree_mobitz_1', drops.mobitz1, prs.mobitz1));
  }
  if (drops.mobitz2.length > 0) {
    out.push(finding('av_block_second_degree_mobitz_2', drops.mobitz2, prs.mobitz2));
  }
  return out;
}
