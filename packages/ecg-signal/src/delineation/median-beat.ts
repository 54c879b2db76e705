/**
 * Representative (median) beat per lead: the sample-by-sample median of the selected beats,
 * aligned on their fiducial points, the representative beat on which the measurement programs of
 * the CSE study measure (CSE Working Party, Willems et al. 1990, "Common standards for
 * quantitative electrocardiography: goals and main results", Methods Inf. Med. 29:263–271).
 * Each beat contributes only samples between its neighbours' QRS
 * complexes, so a short RR interval does not drag the next QRS into the T wave of the median.
 * Alongside the median, the robust spread across beats (1.4826 × median absolute deviation) is
 * kept per sample: a wave that is present in every beat stands out of it, while the
 * uncorrelated f waves of atrial fibrillation do not.
 */
import { columnMedians } from '../stats/column-medians.js';
import { neighbour, pickEvenly } from './beat-arrays.js';

/** Fiducials closer than this to a beat are the same QRS (double detection), ms. */
const REFRACTORY_MS = 200;

/** The median beats of all leads, one array per lead, all sharing one time axis. */
export interface MedianBeats {
  /** Sample rate of the arrays, Hz (the record's own). */
  sampleRateHz: number;
  /** Index of the fiducial point in every array. */
  fiducialIndex: number;
  /** Median beat per lead, µV, in the order of the input leads; `NaN` where too few beats. */
  leads: Float32Array[];
  /** Robust standard deviation across beats per lead and sample, µV. */
  spreadUv: Float32Array[];
  /** Number of beats that went into the median. */
  beatCount: number;
}

/** Window and beat limits of {@link buildMedianBeats}. */
export interface MedianBeatOptions {
  /** Window before the fiducial, ms, 100–1000 (default 500). */
  preMs?: number;
  /** Window after the fiducial, ms, 200–1500 (default 800). */
  postMs?: number;
  /** Keep a beat's samples up to this long before the next fiducial, ms (default 120). */
  nextGuardMs?: number;
  /** Keep a beat's samples from this long after the previous fiducial, ms (default 150). */
  previousGuardMs?: number;
  /** At most this many beats, taken evenly over the record (default 300). */
  maxBeats?: number;
  /** Also compute the spread across beats (default true); without it `spreadUv` is all NaN. */
  withSpread?: boolean;
  /**
   * Compute the spread only up to this long after the fiducial, ms (default: the whole window);
   * later samples of `spreadUv` are NaN. The P-wave test reads it before the QRS only.
   */
  spreadUntilMs?: number;
}

/**
 * Builds the median beat of every lead.
 * @param leads - samples per lead, µV, all of one length; `NaN` samples are skipped
 * @param sampleRateHz - rate of `leads`, Hz, 100–1000
 * @param fiducials - one fiducial sample index per beat, increasing
 * @param use - 1 for the beats to average, 0 for the others (which still bound their neighbours)
 * @param options - window and limits
 * @returns the median beats; samples averaged over fewer than half the beats are `NaN`
 * @example
 * const median = buildMedianBeats(leads, 500, fiducials, new Uint8Array(fiducials.length).fill(1));
 */
export function buildMedianBeats(
  leads: readonly Float32Array[],
  sampleRateHz: number,
  fiducials: Int32Array,
  use: Uint8Array,
  options: MedianBeatOptions = {},
): MedianBeats {
  const toSamples = (ms: number): number => Math.round((ms * sampleRateHz) / 1000);
  const pre = toSamples(options.preMs ?? 500);
  const post = toSamples(options.postMs ?? 800);
  const refractory = toSamples(REFRACTORY_MS);
  const length = (leads[0] ?? new Float32Array(0)).length;
  const chosen = pickEvenly(
    [...fiducials.keys()].filter((b) => use[b] === 1),
    options.maxBeats ?? 300,
  );
  // Per beat, the window columns it may contribute: [from, to), relative to the window start.
  const ranges = chosen.map((b) => {
    const f = fiducials[b] ?? 0;
    const prev = neighbour(fiducials, b, -1, refractory);
    const next = neighbour(fiducials, b, 1, refractory);
    const lo = Math.max(
      0,
      prev === undefined ? 0 : prev + toSamples(options.previousGuardMs ?? 150),
    );
    const hi = Math.min(
      length,
      next === undefined ? length : next - toSamples(options.nextGuardMs ?? 120),
    );
    return {
      start: f - pre,
      from: Math.max(0, lo - (f - pre)),
      to: Math.min(pre + post + 1, hi - (f - pre)),
    };
  });
  const minCount = Math.max(1, Math.ceil(chosen.length / 2));
  const width = pre + post + 1;
  const spreadEnd =
    options.withSpread === false
      ? -1
      : Math.min(
          width - 1,
          pre + (options.spreadUntilMs === undefined ? post : toSamples(options.spreadUntilMs)),
        );
  const rows = chosen.length;
  const starts = new Int32Array(rows);
  const froms = new Int32Array(rows);
  const tos = new Int32Array(rows);
  ranges.forEach((r, j) => {
    starts[j] = r.start;
    froms[j] = Math.max(0, r.from);
    tos[j] = r.to;
  });
  const medians: Float32Array[] = [];
  const spreads: Float32Array[] = [];
  for (const lead of leads) {
    const median = new Float32Array(width).fill(Number.NaN);
    const spread = new Float32Array(width).fill(Number.NaN);
    columnMedians(lead, { starts, froms, tos }, { median, spread, minCount, spreadEnd });
    medians.push(median);
    spreads.push(spread);
  }
  return {
    sampleRateHz,
    fiducialIndex: pre,
    leads: medians,
    spreadUv: spreads,
    beatCount: chosen.length,
  };
}
