/**
 * Compares `measureEcg` landmarks with the LUDB cardiologists' marks (`ludb-reference.ts`).
 * Per lead: each beat that went into the median beat is predicted at its aligned fiducial plus
 * the lead's own landmark offset and compared with that lead's mark of that beat; a mark is
 * found when the prediction lies within 150 ms (the usual delineation tolerance, as in
 * Martínez et al. 2004 and Kalyakulina et al. 2020). Global: per beat the earliest onset /
 * latest end over the leads, as a measurement program defines a global boundary; the record's
 * error is the median over its beats, the unit of the CSE tolerances (one value per record).
 * Reference values come from the annotation files only.
 */
import type { Measurements, WaveTime } from '@gesang/ecg-signal';
import type { LudbBeat, LudbWave } from './ludb-reference.js';

/** The boundaries scored. */
export const SCORED_WAVES = ['pOnset', 'pEnd', 'qrsOnset', 'qrsEnd', 'tEnd'] as const;
/** One of {@link SCORED_WAVES}. */
export type ScoredWave = (typeof SCORED_WAVES)[number];

/** Matching window, ms. */
export const MATCH_WINDOW_MS = 150;

/** One record compared. */
export interface RecordComparison {
  /** Per boundary: errors (ours − cardiologist, ms) of found marks, and mark counts. */
  perLead: Record<ScoredWave, { errorsMs: number[]; annotated: number; found: number }>;
  /** Per boundary: median over beats of (ours − earliest/latest mark over leads), ms; null when either side lacks it. */
  globalErrorMs: Record<ScoredWave, number | null>;
  /** Cardiologists' intervals, median over beats, ms (null when not annotated). */
  reference: {
    qrsDurationMs: number | null;
    prIntervalMs: number | null;
    qtIntervalMs: number | null;
  };
  /** Whether the cardiologists annotated P waves in this record. */
  pAnnotated: boolean;
}

const mark = (w: LudbWave | null, key: ScoredWave): number | null => {
  if (w === null) {
    return null;
  }
  return key.endsWith('Onset') ? w.onset : w.end;
};
const waveOf = (beat: LudbBeat, key: ScoredWave): (LudbWave | null)[] =>
  key.startsWith('p') ? beat.p : key.startsWith('qrs') ? beat.qrs : beat.t;

/**
 * Compares one record.
 * @param beats - the cardiologists' beats, in the order their fiducials were passed to measureEcg
 * @param leadNames - lead names in the order of the annotation files (e.g. `I` … `V6`)
 * @param m - measureEcg's result for the record
 * @param sampleRateHz - Hz
 * @returns the comparison
 * @example
 * const c = compareRecord(beats, ['I', 'II'], measureEcg(signal, fiducials), 500);
 */
export function compareRecord(
  beats: readonly LudbBeat[],
  leadNames: readonly string[],
  m: Measurements,
  sampleRateHz: number,
): RecordComparison {
  const toMs = (samples: number): number => (samples * 1000) / sampleRateHz;
  const fromMs = (ms: number): number => (ms * sampleRateHz) / 1000;
  const perLead = Object.fromEntries(
    SCORED_WAVES.map((k) => [k, { errorsMs: [] as number[], annotated: 0, found: 0 }]),
  ) as RecordComparison['perLead'];
  const globalErrorMs = {} as Record<ScoredWave, number | null>;
  for (const key of SCORED_WAVES) {
    beats.forEach((beat, b) => {
      const aligned = m.beats.alignedFiducials[b] ?? beat.fiducial;
      if (m.beats.used[b] !== 1) {
        return;
      }
      leadNames.forEach((name, l) => {
        const reference = mark(waveOf(beat, key)[l] ?? null, key);
        if (reference === null) {
          return;
        }
        perLead[key].annotated++;
        const own: WaveTime | null | undefined = m.leads[name]?.waves[key];
        const error = own ? toMs(aligned + fromMs(own.offsetMs) - reference) : Infinity;
        if (Math.abs(error) <= MATCH_WINDOW_MS) {
          perLead[key].found++;
          perLead[key].errorsMs.push(error);
        }
      });
    });
    const ours = m.waves[key];
    const errors = beats.flatMap((beat, b) => {
      const reference = extreme(
        waveOf(beat, key).map((w) => mark(w, key)),
        key.endsWith('Onset'),
      );
      const aligned = m.beats.alignedFiducials[b] ?? beat.fiducial;
      return reference === null || ours === null
        ? []
        : [toMs(aligned + fromMs(ours.offsetMs) - reference)];
    });
    globalErrorMs[key] = median(errors);
  }
  const intervals = (f: (beat: LudbBeat) => number | null): number | null =>
    median(
      beats
        .map(f)
        .filter((v): v is number => v !== null)
        .map(toMs),
    );
  const earliest = (ws: (LudbWave | null)[]): number | null =>
    extreme(
      ws.map((w) => w?.onset ?? null),
      true,
    );
  const latest = (ws: (LudbWave | null)[]): number | null =>
    extreme(
      ws.map((w) => w?.end ?? null),
      false,
    );
  const diff = (a: number | null, b: number | null): number | null =>
    a === null || b === null ? null : b - a;
  return {
    perLead,
    globalErrorMs,
    reference: {
      qrsDurationMs: intervals((beat) => diff(earliest(beat.qrs), latest(beat.qrs))),
      prIntervalMs: intervals((beat) => diff(earliest(beat.p), earliest(beat.qrs))),
      qtIntervalMs: intervals((beat) => diff(earliest(beat.qrs), latest(beat.t))),
    },
    pAnnotated: beats.some((beat) => beat.p.some((w) => w !== null)),
  };
}

/** Minimum (onsets) or maximum (ends) of the non-null values. */
function extreme(values: readonly (number | null)[], earliest: boolean): number | null {
  const present = values.filter((v): v is number => v !== null);
  return present.length === 0 ? null : earliest ? Math.min(...present) : Math.max(...present);
}

/**
 * Median of a list.
 * @param values - numbers
 * @returns the median, or null for an empty list
 * @example
 * median([3, 1, 2]); // 2
 */
export function median(values: readonly number[]): number | null {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  if (sorted.length === 0) {
    return null;
  }
  return sorted.length % 2 === 1
    ? (sorted[mid] ?? 0)
    : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}
