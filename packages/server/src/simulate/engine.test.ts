import type { EcgTriageLevel } from '@gesang/domain';
import { describe, expect, it } from 'vitest';
import { generateStudies, type SimStudy } from './arrivals.js';
import type { DurationDistribution } from './distributions.js';
import { simulateReading, type SimRun } from './engine.js';
import type { ReadingModel } from './reading-model.js';
import { seededRng } from './rng.js';
import { summariseRun } from './stats.js';

const zero: DurationDistribution = { kind: 'constant', valueMin: 0 };

/** Exponential reading times with mean `meanMin` for every level; no analysis, no noticing. */
function markovModel(meanMin: number): ReadingModel {
  const reading: DurationDistribution = { kind: 'exponential', meanMin };
  return {
    analysisMin: zero,
    noticeMin: { critical: zero, urgent: zero, routine: zero },
    readingMin: { critical: reading, urgent: reading, routine: reading },
  };
}

/** A Poisson stream at `perMin` over `hours`, each ECG critical with probability `pCritical`. */
function poissonStream(perMin: number, hours: number, seed: number, pCritical = 0): SimStudy[] {
  return generateStudies(
    {
      ratePerHour: perMin * 60,
      hours,
      profile: 'flat',
      pickLevel: (rng) => (rng.next() < pCritical ? 'critical' : 'routine'),
      model: markovModel(1),
    },
    seededRng(seed),
  );
}

const meanOf = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;

/** Mean receipt → claim (the wait in queue when analysis and noticing take no time). */
function meanWait(studies: SimStudy[], run: SimRun, level?: EcgTriageLevel): number {
  return meanOf(
    studies
      .filter((s) => level === undefined || s.level === level)
      .map((s) => (run.outcomes[s.id]?.claimMin ?? NaN) - s.arrivalMin),
  );
}

const sla = { critical: 10, urgent: 30, routine: 120 };

describe('the reading simulation against queueing theory', () => {
  // λ = 0.5/min, μ = 1/min, ρ = 0.5; 2,000 h ≈ 60,000 ECGs. The standard error of the mean wait at
  // ρ = 0.5 over that many customers is about 0.03 min, so 8 % tolerances hold with a wide margin.
  const studies = poissonStream(0.5, 2000, 11);
  const run = simulateReading(studies, 1);

  it('M/M/1: mean wait ρ/(μ−λ) = 1 min, mean time in system 1/(μ−λ) = 2 min', () => {
    expect(meanWait(studies, run)).toBeGreaterThan(0.92);
    expect(meanWait(studies, run)).toBeLessThan(1.08);
    const sojourn = meanOf(studies.map((s) => (run.outcomes[s.id]?.signMin ?? NaN) - s.arrivalMin));
    expect(sojourn).toBeGreaterThan(1.84);
    expect(sojourn).toBeLessThan(2.16);
  });

  it('M/M/1: time in system is exponential with rate μ−λ (median ln 2/0.5, p90 ln 10/0.5) and P(wait) = ρ', () => {
    const summary = summariseRun(studies, run, sla, 2000 * 60);
    expect(summary.all.sign?.medianMin).toBeCloseTo(Math.log(2) / 0.5, 0); // 1.386
    expect(Math.abs((summary.all.sign?.p90Min ?? 0) - Math.log(10) / 0.5)).toBeLessThan(0.25);
    const waited = studies.filter((s) => (run.outcomes[s.id]?.claimMin ?? 0) > s.arrivalMin);
    expect(waited.length / studies.length).toBeGreaterThan(0.48);
    expect(waited.length / studies.length).toBeLessThan(0.52);
    expect(summary.utilisation).toBeGreaterThan(0.48);
    expect(summary.utilisation).toBeLessThan(0.52);
  });

  it('M/M/2 (Erlang C): λ = μ = 1/min, P(wait) = 1/3 and mean wait 1/3 min', () => {
    const two = poissonStream(1, 1000, 12);
    const runTwo = simulateReading(two, 2);
    const waited = two.filter((s) => (runTwo.outcomes[s.id]?.claimMin ?? 0) > s.arrivalMin);
    expect(waited.length / two.length).toBeGreaterThan(0.31);
    expect(waited.length / two.length).toBeLessThan(0.356);
    expect(meanWait(two, runTwo)).toBeGreaterThan(0.3);
    expect(meanWait(two, runTwo)).toBeLessThan(0.366);
  });

  it('non-preemptive priority M/M/1 (Cobham 1954): critical waits W0/(1−σ1), routine W0/((1−σ1)(1−σ))', () => {
    // λ = 0.6/min, a third critical (λ1 = 0.2, λ2 = 0.4), μ = 1: W0 = Σλ·E[S²]/2 = 0.6,
    // critical 0.6/0.8 = 0.75 min, routine 0.6/(0.8·0.4) = 1.875 min.
    const mixed = poissonStream(0.6, 3000, 13, 1 / 3);
    const runMixed = simulateReading(mixed, 1);
    expect(meanWait(mixed, runMixed, 'critical')).toBeGreaterThan(0.69);
    expect(meanWait(mixed, runMixed, 'critical')).toBeLessThan(0.81);
    expect(meanWait(mixed, runMixed, 'routine')).toBeGreaterThan(1.72);
    expect(meanWait(mixed, runMixed, 'routine')).toBeLessThan(2.03);
  });
});

describe('the reading simulation on hand-worked cases', () => {
  const study = (
    id: number,
    arrivalMin: number,
    level: EcgTriageLevel,
    readingMin: number,
    noticeMin = 0,
  ): SimStudy => ({ id, arrivalMin, level, analysisMin: 0, noticeMin, readingMin });

  it('with no ECG nothing happens', () => {
    const run = simulateReading([], 3);
    expect(run.outcomes).toEqual([]);
    const summary = summariseRun([], run, sla, 600);
    expect(summary.all).toEqual({
      count: 0,
      claim: null,
      sign: null,
      withinSlaShare: null,
      within10MinShare: null,
    });
    expect(summary.utilisation).toBe(0);
  });

  it('with a reader for every ECG each is signed after its analysis and reading, never later', () => {
    const stream = generateStudies(
      {
        ratePerHour: 120,
        hours: 24,
        profile: 'flat',
        pickLevel: (rng) => (rng.next() < 0.1 ? 'critical' : 'routine'),
        model: { ...markovModel(4), analysisMin: { kind: 'constant', valueMin: 0.1 } },
      },
      seededRng(3),
    );
    const run = simulateReading(stream, stream.length);
    for (const s of stream) {
      expect(run.outcomes[s.id]?.claimMin).toBeCloseTo(s.arrivalMin + 0.1, 9);
      expect(run.outcomes[s.id]?.signMin).toBeCloseTo(s.arrivalMin + 0.1 + s.readingMin, 9);
    }
  });

  it('a free reader takes the worklist’s first: critical before routine, no interruption', () => {
    // One reader. Routine at 0 (5 min), routine at 1 (5 min), critical at 2 (5 min):
    // 0–5 the first routine, 5–10 the critical (it jumps the queue), 10–15 the second routine.
    const run = simulateReading(
      [study(0, 0, 'routine', 5), study(1, 1, 'routine', 5), study(2, 2, 'critical', 5)],
      1,
    );
    expect(run.outcomes.map((o) => [o.claimMin, o.signMin])).toEqual([
      [0, 5],
      [10, 15],
      [5, 10],
    ]);
  });

  it('an idle reader claims after the notice time; a reader who just signed claims at once', () => {
    // One reader. A at 0 (notice 2, reading 3): claimed at 2, signed at 5. B at 4 (notice 2,
    // reading 1): the reader is busy; at 5 it signs A and takes B at once (not at 6).
    const run = simulateReading([study(0, 0, 'urgent', 3, 2), study(1, 4, 'urgent', 1, 2)], 1);
    expect(run.outcomes.map((o) => [o.claimMin, o.signMin])).toEqual([
      [2, 5],
      [5, 6],
    ]);
  });

  it('the longest-idle reader takes the next ECG', () => {
    const run = simulateReading(
      [study(0, 0, 'routine', 10), study(1, 1, 'routine', 1), study(2, 5, 'routine', 1)],
      2,
    );
    // Reader 0 takes A (0–10), reader 1 takes B (1–2); C at 5 goes to reader 1, idle since 2.
    expect(run.outcomes.map((o) => o.reader)).toEqual([0, 1, 1]);
  });

  it('refuses a staffing that is not a whole number of readers', () => {
    expect(() => simulateReading([], 0)).toThrow(RangeError);
    expect(() => simulateReading([], 1.5)).toThrow(RangeError);
  });
});
