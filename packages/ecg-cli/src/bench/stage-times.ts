/**
 * Timing helpers of `npm run bench`: order statistics of a list of times, and the time of each
 * public stage of the engine run on its own (each call prepares and filters its input itself, as
 * a caller using only that function would), to see where an interpretation spends its time.
 */
import {
  analyzeRhythm,
  assessSignalQuality,
  classifyBeats,
  detectQrs,
  measureEcg,
  type EcgSignal,
} from '@gesang/ecg-signal';

/** Median, p95 (nearest rank), min and max of a list of times, ms. */
export interface TimeSummary {
  medianMs: number;
  p95Ms: number;
  minMs: number;
  maxMs: number;
}

/**
 * Order statistics of a non-empty list of times.
 * @param times - ms
 * @returns median (mean of the middle two for an even count), p95, min and max
 * @example summariseTimes([3, 1, 2]).medianMs; // 2
 */
export function summariseTimes(times: readonly number[]): TimeSummary {
  const sorted = [...times].sort((a, b) => a - b);
  const n = sorted.length;
  const at = (q: number): number => sorted[Math.max(0, Math.ceil(q * n) - 1)] ?? Number.NaN;
  const medianMs =
    n % 2 === 1 ? at(0.5) : ((sorted[n / 2 - 1] ?? Number.NaN) + (sorted[n / 2] ?? Number.NaN)) / 2;
  return { medianMs, p95Ms: at(0.95), minMs: sorted[0] ?? Number.NaN, maxMs: sorted.at(-1) ?? NaN };
}

/**
 * Time of one call, ms.
 * @param run - the call
 * @returns wall-clock time, ms
 * @example timeMs(() => detectQrs(signal));
 */
export function timeMs(run: () => unknown): number {
  return timeCall(run).wallMs;
}

/**
 * Wall-clock and CPU time of one call.
 * @param run - the call
 * @returns `wallMs` (performance.now) and `cpuMs` (this process's user + system CPU time, all its
 *   threads: it leaves out the time other processes held the core, and adds V8's compiler and GC
 *   threads), ms
 * @example timeCall(() => interpretEcg(record)).cpuMs;
 */
export function timeCall(run: () => unknown): { wallMs: number; cpuMs: number } {
  const cpuStart = process.cpuUsage();
  const started = performance.now();
  run();
  const wallMs = performance.now() - started;
  const cpu = process.cpuUsage(cpuStart);
  return { wallMs, cpuMs: (cpu.user + cpu.system) / 1000 };
}

/** The public stages, in pipeline order. */
export const STAGES = [
  'assessSignalQuality',
  'detectQrs',
  'classifyBeats',
  'measureEcg',
  'analyzeRhythm',
];

/**
 * Times each public stage on one record, feeding each the previous stages' results (computed
 * untimed beforehand, so every stage gets the same input as inside an interpretation).
 * @param signal - the record
 * @returns per stage (in {@link STAGES} order) its time, ms; NaN for a stage with no input
 */
export function stageTimes(signal: EcgSignal): number[] {
  const quality = assessSignalQuality(signal);
  const usable: EcgSignal = {
    sampleRateHz: signal.sampleRateHz,
    leads: signal.leads.filter((_, k) => quality.usableLeads.includes(k)),
  };
  const leadWeights = quality.leads.map((l) =>
    l.status === 'good' ? 1 : l.status === 'poor' ? 0.5 : 0,
  );
  const fiducials = detectQrs(signal, { leadWeights }).samples;
  if (usable.leads.length === 0 || fiducials.length === 0) {
    return [timeMs(() => assessSignalQuality(signal)), NaN, NaN, NaN, NaN];
  }
  const beats = classifyBeats(usable, fiducials);
  const exclude = { excludeBeats: beats.types.map((t) => t !== 'N') };
  const measure = (): ReturnType<typeof measureEcg> | undefined => {
    try {
      return measureEcg(usable, beats.samples, exclude);
    } catch (error) {
      if (error instanceof RangeError) {
        return undefined; // no lead shows a QRS: rhythm runs without measurements
      }
      throw error;
    }
  };
  const measurements = measure();
  return [
    timeMs(() => assessSignalQuality(signal)),
    timeMs(() => detectQrs(signal, { leadWeights })),
    timeMs(() => classifyBeats(usable, fiducials)),
    timeMs(measure),
    timeMs(() => analyzeRhythm(usable, beats, measurements)),
  ];
}
