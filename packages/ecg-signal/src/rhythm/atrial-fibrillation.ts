/**
 * Atrial fibrillation: an irregularly irregular ventricular rhythm without P waves. Windows of
 * at most {@link WINDOW_BEATS} beats are judged separately (a 10-s ECG is one window); a window
 * is AF when its RR series is irregular by both COSEn > {@link COSEN_AF} (the threshold of Lake
 * & Moorman 2011 for 12-beat series) and RMSSD / mean RR ≥ {@link NRMSSD_AF} (Dash et al. 2009
 * use 0.1 on 128 beats) and fewer than {@link MAX_P_SHARE} of its non-ventricular beats show a P
 * wave (`p-waves.ts`: the record's P template matched before the QRS). Intervals touching a V beat are left out of the
 * series; S-labelled beats are kept (in AF, "premature" beats are just short intervals).
 * Departure from both papers: the P-wave condition, which they do not use, is what separates AF
 * from sinus rhythm with frequent premature beats on a 10-s record.
 */
import type { BeatType } from '../beats/types.js';
import { rrIrregularity, type RrIrregularity } from './rr-irregularity.js';
import type { PWaveTrack, RhythmFinding } from './types.js';

/** Beats per analysis window of a long record. */
export const WINDOW_BEATS = 60;
/** Fewest RR intervals judged. */
export const MIN_INTERVALS = 7;
/** COSEn above this is AF-like (Lake & Moorman 2011). */
export const COSEN_AF = -1.4;
/** RMSSD / mean RR at or above this is AF-like (Dash et al. 2009). */
export const NRMSSD_AF = 0.1;
/** AF needs fewer than this share of non-V beats with a P wave, 0–1. */
export const MAX_P_SHARE = 0.5;

/** One judged window. */
export interface AfWindow {
  /** First and last beat index of the window. */
  firstBeat: number;
  lastBeat: number;
  /** Irregularity of its RR series. */
  irregularity: RrIrregularity;
  /** Share of its non-V beats with a P wave, 0–1. */
  pShare: number;
  /** Whether the window is AF. */
  fibrillation: boolean;
}

/**
 * Judges every window of a record.
 * @param types - beat classes
 * @param samples - beat times, samples, ascending
 * @param sampleRateHz - Hz
 * @param track - P waves per beat
 * @returns the windows in time order (none when the record has too few beats)
 * @example
 * afWindows(types, samples, 500, track).some((w) => w.fibrillation);
 */
export function afWindows(
  types: readonly BeatType[],
  samples: Int32Array,
  sampleRateHz: number,
  track: PWaveTrack,
): AfWindow[] {
  const n = samples.length;
  const count = Math.max(1, Math.round(n / WINDOW_BEATS));
  const out: AfWindow[] = [];
  for (let w = 0; w < count; w++) {
    const firstBeat = Math.floor((w * n) / count);
    const lastBeat = Math.floor(((w + 1) * n) / count) - 1;
    const rrMs: number[] = [];
    let nonV = 0;
    let withP = 0;
    for (let b = firstBeat; b <= lastBeat; b++) {
      if (types[b] !== 'V') {
        nonV++;
        withP += (track.pPeakSample[b] ?? -1) >= 0 ? 1 : 0;
      }
      if (b > firstBeat && types[b] !== 'V' && types[b - 1] !== 'V') {
        rrMs.push((((samples[b] ?? 0) - (samples[b - 1] ?? 0)) * 1000) / sampleRateHz);
      }
    }
    if (rrMs.length < MIN_INTERVALS) {
      continue;
    }
    const irregularity = rrIrregularity(rrMs);
    const pShare = nonV > 0 ? withP / nonV : 0;
    out.push({
      firstBeat,
      lastBeat,
      irregularity,
      pShare,
      fibrillation: isFibrillation(irregularity, pShare),
    });
  }
  return out;
}

/**
 * The AF rule on one window's statistics.
 * @param irregularity - RR statistics of the window
 * @param pShare - share of its non-V beats with a P wave, 0–1
 * @returns true when irregular by both measures (an undefined COSEn counts as irregular) and
 *   without P waves
 * @example
 * isFibrillation({ count: 12, meanRrMs: 700, normalizedRmssd: 0.2, turningPointRatio: 0.7, cosEn: -0.5 }, 0.1); // true
 */
export function isFibrillation(irregularity: RrIrregularity, pShare: number): boolean {
  // No tolerance up to 200 ms finding 5 matches means a very irregular series: AF-like.
  const entropyHigh = Number.isNaN(irregularity.cosEn) || irregularity.cosEn > COSEN_AF;
  return entropyHigh && irregularity.normalizedRmssd >= NRMSSD_AF && pShare < MAX_P_SHARE;
}

/**
 * One `atrial_fibrillation` finding per AF window: its first and last beat sample, its
 * irregularity and P share, and the thresholds.
 * @param windows - from {@link afWindows}
 * @param samples - beat times, samples
 * @returns the findings, in time order
 * @example
 * afFindings(afWindows(types, samples, 500, track), samples).length; // 1 for a 10-s AF record
 */
export function afFindings(windows: readonly AfWindow[], samples: Int32Array): RhythmFinding[] {
  return windows
    .filter((w) => w.fibrillation)
    .map((w) => ({
      code: 'atrial_fibrillation',
      evidence: {
        samples: [samples[w.firstBeat] ?? 0, samples[w.lastBeat] ?? 0],
        values: {
          cosEn: w.irregularity.cosEn,
          normalizedRmssd: w.irregularity.normalizedRmssd,
          pShare: w.pShare,
          intervals: w.irregularity.count,
        },
        thresholds: {
          cosEnAbove: COSEN_AF,
          normalizedRmssdFrom: NRMSSD_AF,
          pShareBelow: MAX_P_SHARE,
        },
      },
    }));
}
