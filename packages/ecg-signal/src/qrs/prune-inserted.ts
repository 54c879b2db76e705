/**
 * Removal of "inserted" detections that do not look like any other beat. A detection is inserted
 * when the interval between its neighbours is shorter than 1.4 local median RR intervals, so it
 * splits what would otherwise be one ordinary interval; true premature beats are followed by a
 * pause or, when they come in runs or bigeminy, recur with the same shape. So an inserted
 * detection whose QRS shape does not recur — its third-best correlation with the 40 surrounding
 * detections is under 0.8 — is taken for noise and removed, least similar first. The shape is
 * compared on the band-passed leads (±60 ms, best of ±20 ms lags), weighted by lead reliability.
 * A shape can only be said not to recur among enough beats: detections with fewer than ten
 * neighbours on either side (the ends of a record, all of a 10-s record) are kept as detected,
 * because a single ectopic beat, even interpolated, is common there.
 * This follows the template-matching verification stage common to detectors since Hamilton &
 * Tompkins (1986, noise-peak rejection) and de Chazal et al. (IEEE TBME 51(7):1196–1206, 2004,
 * morphology features); departure: the template is the detection's own neighbours, so no beat
 * class has to be learnt first.
 */
import type { LeadBlockWeights } from './lead-weights.js';
import { segmentCorrelation } from '../stats/segment-correlation.js';
import { sortAscending } from '../stats/small-sort.js';

const INSERTED_RR_RATIO = 1.4;
const MIN_SIMILARITY = 0.8;
const NEIGHBOURS = 20;
const RANK = 3;
const MAX_LEADS = 3;
/** Neighbours needed on each side before a shape can be said not to recur (about 20 s). */
const MIN_CONTEXT = 10;

/** What {@link pruneInsertedBeats} compares beats on. */
export interface BeatShapeSource {
  /** Band-passed leads, µV, equal lengths. */
  bandpassedUv: readonly Float32Array[];
  /** Per-lead block weights (see `lead-weights.ts`), same order. */
  weights: readonly LeadBlockWeights[];
  /** Samples per weight block. */
  blockSamples: number;
  /** Sample rate, Hz. */
  sampleRateHz: number;
}

/**
 * Drop inserted detections whose shape does not recur.
 * @param beats detections, samples, ascending.
 * @param source band-passed leads and their weights.
 * @returns the kept detections, ascending.
 * @example
 * pruneInsertedBeats(beats, { bandpassedUv, weights, blockSamples: 360, sampleRateHz: 360 });
 */
export function pruneInsertedBeats(beats: readonly number[], source: BeatShapeSource): number[] {
  const alive = beats.map(() => true);
  const similarity = shapeSimilarity(source);
  const previous = (j: number): number => {
    let q = j - 1;
    while (q >= 0 && !alive[q]) {
      q--;
    }
    return q;
  };
  const next = (j: number): number => {
    let q = j + 1;
    while (q < beats.length && !alive[q]) {
      q++;
    }
    return q < beats.length ? q : -1;
  };
  const isInserted = (j: number): boolean => {
    const p = previous(j);
    const q = next(j);
    if (p < 0 || q < 0) {
      return false;
    }
    return (beats[q] ?? 0) - (beats[p] ?? 0) < INSERTED_RR_RATIO * localRr(j);
  };
  const rr = new Float64Array(18);
  const localRr = (j: number): number => {
    let count = 0;
    let last = -1;
    for (let q = Math.max(0, j - 9); q <= Math.min(beats.length - 1, j + 9); q++) {
      if (alive[q]) {
        if (last >= 0) {
          rr[count++] = (beats[q] ?? 0) - (beats[last] ?? 0);
        }
        last = q;
      }
    }
    sortAscending(rr, count);
    return count > 0 ? (rr[count >> 1] as number) : source.sampleRateHz;
  };
  const recurrence = (j: number): number => {
    const scores: number[] = [];
    for (
      let q = Math.max(0, j - NEIGHBOURS);
      q <= Math.min(beats.length - 1, j + NEIGHBOURS);
      q++
    ) {
      if (q !== j && alive[q]) {
        scores.push(similarity(beats[j] ?? 0, beats[q] ?? 0));
      }
    }
    scores.sort((a, b) => b - a);
    return scores[RANK - 1] ?? -1;
  };
  const suspects = beats
    .map((_, j) => j)
    .filter((j) => j >= MIN_CONTEXT && j < beats.length - MIN_CONTEXT && isInserted(j))
    .map((j) => ({ j, score: recurrence(j) }))
    .filter((s) => s.score < MIN_SIMILARITY)
    .sort((a, b) => a.score - b.score);
  for (const { j } of suspects) {
    // An earlier removal may have made this one an ordinary beat again.
    if (isInserted(j)) {
      alive[j] = false;
    }
  }
  return beats.filter((_, j) => alive[j]);
}

/** Weighted, lag-tolerant correlation of two beats' QRS windows, −1…1. */
function shapeSimilarity(source: BeatShapeSource): (a: number, b: number) => number {
  const { bandpassedUv, weights, blockSamples, sampleRateHz } = source;
  const half = Math.round(0.06 * sampleRateHz);
  const maxLag = Math.round(0.02 * sampleRateHz);
  const lagStep = Math.max(1, Math.round(sampleRateHz / 360));
  // The leads compared, by block of the first beat (the same for all its neighbours).
  let lastBlock = -1;
  let leads: { x: Float32Array; w: number }[] = [];
  let total = 0;
  return (a, b) => {
    const block = Math.floor(a / blockSamples);
    if (block !== lastBlock) {
      lastBlock = block;
      leads = bandpassedUv
        .map((x, k) => ({ x, w: weights[k]?.weight[block] ?? 0 }))
        .filter((l) => l.w > 0)
        .sort((l, m) => m.w - l.w)
        .slice(0, MAX_LEADS);
      total = leads.reduce((s, l) => s + l.w, 0);
    }
    if (total <= 0) {
      return 1; // nothing to compare on: do not prune
    }
    let best = -1;
    for (let lag = -maxLag; lag <= maxLag; lag += lagStep) {
      let score = 0;
      for (const { x, w } of leads) {
        score += w * segmentCorrelation(x, a - half, b + lag - half, 2 * half + 1);
      }
      best = Math.max(best, score / total);
    }
    return best;
  };
}
