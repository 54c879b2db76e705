/**
 * Assembles {@link Measurements} from the delineated median beats: global intervals (CSE
 * definitions: PR = P onset → QRS onset, QT = QRS onset → T end, on global boundaries),
 * QT corrections (`intervals.ts`), frontal axes (`axis.ts`) and per-lead values
 * (`lead-measurements.ts`).
 */
import type { DelineatedBeats } from '../delineation/delineate.js';
import type { MedianBeats } from '../delineation/median-beat.js';
import type { EcgSignal } from '../record.js';
import { frontalAxisDeg, netAreaUvMs, type LimbAreas } from './axis.js';
import { qtcBazettMs, qtcFridericiaMs } from './intervals.js';
import { measureLead, waveTimeConverter, waveTimes } from './lead-measurements.js';
import type { GlobalWaveTimes, LeadMeasurements, Measurements } from './types.js';

const LIMB_LEADS = ['I', 'II', 'III', 'aVF'] as const;

/**
 * Builds the result of `measureEcg`.
 * @param signal - the record (for lead names)
 * @param median - median beats at the record's rate
 * @param beats - delineated median beats at the analysis rate
 * @param rr - RR statistics of all fiducials
 * @param selection - aligned fiducials and used beats, in the caller's beat order
 * @returns the measurements
 * @throws RangeError when no lead shows a QRS complex
 * @example
 * const m = summarise(signal, median, delineated, rrStatistics(fiducials, 500), selection);
 */
export function summarise(
  signal: EcgSignal,
  median: MedianBeats,
  beats: DelineatedBeats,
  rr: { rrMeanMs: number | null; rrMedianMs: number | null; heartRateBpm: number | null },
  selection: Measurements['beats'],
): Measurements {
  const { global: g, analysisRateHz: rate } = beats;
  const { qrsOnset, qrsEnd } = g;
  if (qrsOnset === null || qrsEnd === null) {
    throw new RangeError('measureEcg: no lead shows a QRS complex around the fiducial points');
  }
  const toTime = waveTimeConverter(rate, beats.factor, beats.fiducialIndex);
  const ms = (from: number, to: number): number => ((to - from) * 1000) / rate;
  const leads: Record<string, LeadMeasurements> = {};
  signal.leads.forEach((lead, l) => {
    // A lead with no valid sample in its median beat (e.g. all invalid in the file) is left out.
    if (median.leads[l]?.every((v) => Number.isNaN(v)) !== false) {
      return;
    }
    leads[lead.name] = measureLead(
      beats.leads[l] ?? new Float32Array(0),
      rate,
      { ...g, qrsOnset, qrsEnd },
      beats.perLead[l] ?? g,
      toTime,
    );
  });
  const axis = (from: number | null, to: number | null): number | null => {
    if (from === null || to === null) {
      return null;
    }
    const areas: LimbAreas = {};
    signal.leads.forEach((lead, l) => {
      const name = LIMB_LEADS.find((limb) => limb === lead.name);
      if (name !== undefined && leads[name] !== undefined) {
        const samples = beats.leads[l] ?? new Float32Array(0);
        areas[name] = netAreaUvMs(samples, rate, from, to, leads[name]?.baselineUv ?? 0);
      }
    });
    return frontalAxisDeg(areas);
  };
  const qt = g.tEnd === null ? null : ms(qrsOnset, g.tEnd);
  return {
    heartRateBpm: rr.heartRateBpm,
    rrMeanMs: rr.rrMeanMs,
    rrMedianMs: rr.rrMedianMs,
    prIntervalMs: g.pOnset === null ? null : ms(g.pOnset, qrsOnset),
    pDurationMs: g.pOnset === null || g.pEnd === null ? null : ms(g.pOnset, g.pEnd),
    qrsDurationMs: ms(qrsOnset, qrsEnd),
    qtIntervalMs: qt,
    qtcBazettMs: qt === null || rr.rrMeanMs === null ? null : qtcBazettMs(qt, rr.rrMeanMs),
    qtcFridericiaMs: qt === null || rr.rrMeanMs === null ? null : qtcFridericiaMs(qt, rr.rrMeanMs),
    pAxisDeg: axis(g.pOnset, g.pEnd),
    qrsAxisDeg: axis(qrsOnset, qrsEnd),
    tAxisDeg: axis(qrsEnd, g.tEnd),
    leads,
    waves: {
      ...waveTimes(g, toTime),
      qrsOnset: toTime(qrsOnset),
      qrsEnd: toTime(qrsEnd),
    } satisfies GlobalWaveTimes,
    medianBeat: {
      sampleRateHz: median.sampleRateHz,
      fiducialIndex: median.fiducialIndex,
      leads: signal.leads.map((lead, l) => ({
        name: lead.name,
        samplesUv: median.leads[l] ?? new Float32Array(0),
      })),
      beatCount: median.beatCount,
    },
    beats: selection,
  };
}
