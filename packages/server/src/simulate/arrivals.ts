import type { EcgTriageLevel } from '@gesang/domain';
import { sampleMin } from './distributions.js';
import type { ReadingModel } from './reading-model.js';
import { sampleExponential, type Rng } from './rng.js';

/**
 * How the arrival rate varies over the day: `flat` (the same rate around the clock) or
 * `day-night` (rate·(1 + 0.5·cos(2π(h − 14)/24)) at hour h: 1.5× the mean at 14:00, 0.5× at 02:00,
 * the mean over a day unchanged).
 */
export type ArrivalProfile = 'flat' | 'day-night';

/** The profiles, for option parsing. */
export const arrivalProfiles: readonly ArrivalProfile[] = ['flat', 'day-night'];

/** Relative amplitude of the day-night profile. */
const dayNightAmplitude = 0.5;

/**
 * The arrival rate at `timeMin` relative to the mean rate.
 * @param profile the profile.
 * @param timeMin minutes since the start of the simulation (which starts at midnight).
 * @returns the factor, ≥ 0, with mean 1 over a day.
 * @example rateFactor('day-night', 14 * 60) // 1.5
 */
export function rateFactor(profile: ArrivalProfile, timeMin: number): number {
  if (profile === 'flat') {
    return 1;
  }
  const hour = (timeMin / 60) % 24;
  return 1 + dayNightAmplitude * Math.cos((2 * Math.PI * (hour - 14)) / 24);
}

/** One ECG in the simulated stream, with everything random about it drawn up front. */
export interface SimStudy {
  /** Arrival order, from 0. */
  id: number;
  /** Receipt (minutes since the start). */
  arrivalMin: number;
  level: EcgTriageLevel;
  /** Receipt → on the worklist. */
  analysisMin: number;
  /** How long an idle reader takes to notice it. */
  noticeMin: number;
  /** Claim → signature. */
  readingMin: number;
}

/** What {@link generateStudies} needs. */
export interface StreamSpec {
  /** Mean arrivals per hour (≥ 0). */
  ratePerHour: number;
  /** Length of the arrival window in hours (> 0). */
  hours: number;
  profile: ArrivalProfile;
  /** Draws the triage level of the next ECG (e.g. of a real file picked at random). */
  pickLevel: (rng: Rng) => EcgTriageLevel;
  model: ReadingModel;
}

/**
 * The arrivals of a (non-homogeneous) Poisson process over [0, hours), by thinning (Lewis &
 * Shedler 1979): candidates at the peak rate, each kept with probability rate(t)/peak. Each study's
 * level, analysis, notice and reading times are drawn at arrival, so that they do not depend on
 * how many readers the run has.
 * @param spec rate, window, profile, level picker and reading model.
 * @param rng the run's generator.
 * @returns the studies in arrival order.
 * @example generateStudies({ ratePerHour: 60, hours: 168, profile: 'flat', pickLevel, model }, rng).length // ≈ 10080
 */
export function generateStudies(spec: StreamSpec, rng: Rng): SimStudy[] {
  const studies: SimStudy[] = [];
  if (spec.ratePerHour <= 0) {
    return studies;
  }
  const peakFactor = spec.profile === 'flat' ? 1 : 1 + dayNightAmplitude;
  const peakPerMin = (spec.ratePerHour * peakFactor) / 60;
  const endMin = spec.hours * 60;
  let timeMin = 0;
  for (;;) {
    timeMin += sampleExponential(rng, 1 / peakPerMin);
    if (timeMin >= endMin) {
      return studies;
    }
    if (peakFactor !== 1 && rng.next() * peakFactor >= rateFactor(spec.profile, timeMin)) {
      continue;
    }
    const level = spec.pickLevel(rng);
    studies.push({
      id: studies.length,
      arrivalMin: timeMin,
      level,
      analysisMin: sampleMin(spec.model.analysisMin, rng),
      noticeMin: sampleMin(spec.model.noticeMin[level], rng),
      readingMin: sampleMin(spec.model.readingMin[level], rng),
    });
  }
}
