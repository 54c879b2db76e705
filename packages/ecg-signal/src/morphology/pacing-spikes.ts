/**
 * Pacemaker spike detection on the raw (unfiltered) signal: the hook that tells a paced QRS
 * from intrinsic LBBB before ST criteria are applied. A pacemaker pulse lasts 0.1–2 ms (the
 * widths the cart and monitor standards, IEC 60601-2-25 and AAMI EC11/EC13, require pulse
 * detection for, which carts do in dedicated hardware sampling at several kHz); bipolar pacing
 * leaves well under 1 mV at the skin. In a stored record a pulse survives, if at all, as one or
 * two samples standing out of a locally quiet signal. A sample is a spike candidate when it departs from the running median
 * of its neighbourhood (`spike-candidates.ts`) by ≥ `minSpikeUv` and by ≥ 4 times the
 * activity of the flanks on either side; a spike is a candidate seen in ≥ `minLeads` leads
 * within ±2 samples. Own design (no published detector is followed).
 *
 * What is impossible: below 500 Hz (the 100–250 Hz of many stored and Holter records) the
 * sampling interval (4–10 ms) is longer than the pulse and the recorder's anti-aliasing low-pass
 * has removed it, so spikes cannot be detected and their absence means nothing; pacing can then
 * only be suspected from QRS shape, which cannot tell right-ventricular pacing from LBBB. At
 * 500–1000 Hz, detection depends on the cart not having filtered the pulse away: a found spike is
 * evidence, a missing one is not.
 */
import type { EcgSignal } from '../record.js';
import { leadSpikeCandidates } from './spike-candidates.js';

/** Options of {@link detectPacingSpikes}. */
export interface PacingSpikeOptions {
  /** Smallest departure from the local median, µV (default 100). */
  minSpikeUv?: number;
  /** Leads that must show the spike at the same time (default 2; 1 for single-lead records). */
  minLeads?: number;
  /** Global QRS onset relative to each fiducial, ms (default −40; `waves.qrsOnset.offsetMs`). */
  qrsOnsetOffsetMs?: number;
}

/** One detected spike. */
export interface PacingSpike {
  /** Sample index at the record's rate. */
  sampleIndex: number;
  /** Leads it was seen in. */
  leads: string[];
  /** Largest departure from the local median among those leads, µV (signed). */
  amplitudeUv: number;
}

/** Result of {@link detectPacingSpikes}. */
export interface PacingSpikeDetection {
  /** False below 500 Hz: nothing was searched and nothing can be concluded. */
  supported: boolean;
  /** What the result can and cannot say at this sample rate. */
  note: string;
  spikes: PacingSpike[];
  beatCount: number;
  /** Beats with a spike from 60 ms before the QRS onset to 20 ms after the fiducial. */
  beatsWithVentricularSpike: number;
  /** Beats with a spike in the 400 ms before that window (atrial pacing). */
  beatsWithAtrialSpike: number;
}

/**
 * Finds pacemaker spikes and counts the beats they precede.
 * @param signal - the raw record (µV, any lead set); filtering would smear the spikes
 * @param fiducials - QRS fiducial sample indices (e.g. `detectQrs(signal).samples`)
 * @param options - thresholds and the QRS onset offset
 * @returns the spikes and per-beat counts; `supported: false` below 500 Hz
 * @example
 * const pacing = detectPacingSpikes(signal, qrs.samples, { qrsOnsetOffsetMs: m.waves.qrsOnset.offsetMs });
 * pacing.beatsWithVentricularSpike; // 9 of 10 in a ventricular-paced record
 */
export function detectPacingSpikes(
  signal: EcgSignal,
  fiducials: Int32Array,
  options: PacingSpikeOptions = {},
): PacingSpikeDetection {
  const rate = signal.sampleRateHz;
  const none = {
    spikes: [],
    beatCount: fiducials.length,
    beatsWithVentricularSpike: 0,
    beatsWithAtrialSpike: 0,
  };
  if (rate < 500) {
    return {
      supported: false,
      note: `At ${rate} Hz a pacemaker pulse (0.1–2 ms) is shorter than the sampling interval and removed by the recorder's anti-aliasing filter: spikes cannot be detected, pacing is unknown.`,
      ...none,
    };
  }
  const minLeads = Math.min(options.minLeads ?? 2, signal.leads.length);
  const byIndex = new Map<number, { leads: string[]; amplitudeUv: number }>();
  for (const lead of signal.leads) {
    for (const [index, residual] of leadSpikeCandidates(
      lead.samplesUv,
      rate,
      options.minSpikeUv ?? 100,
    )) {
      const key =
        [index, index - 1, index + 1, index - 2, index + 2].find((k) => byIndex.has(k)) ?? index;
      const entry = byIndex.get(key) ?? { leads: [], amplitudeUv: 0 };
      if (!entry.leads.includes(lead.name)) {
        entry.leads.push(lead.name);
      }
      entry.amplitudeUv =
        Math.abs(residual) > Math.abs(entry.amplitudeUv) ? residual : entry.amplitudeUv;
      byIndex.set(key, entry);
    }
  }
  const spikes = [...byIndex]
    .filter(([, e]) => e.leads.length >= minLeads)
    .map(([sampleIndex, e]) => ({ sampleIndex, ...e }))
    .sort((a, b) => a.sampleIndex - b.sampleIndex);
  const ms = (v: number): number => Math.round((v * rate) / 1000);
  // The measured onset of a paced QRS may fall before or after the spike: the ventricular window
  // runs from 60 ms before the onset (at least 100 ms before the fiducial) to 20 ms after the
  // fiducial; the atrial window covers the 400 ms before it.
  const ventricularFrom = ms(Math.min(options.qrsOnsetOffsetMs ?? -40, -40) - 60);
  const count = (from: number, to: number): number =>
    [...fiducials].filter((f) =>
      spikes.some((s) => s.sampleIndex >= f + from && s.sampleIndex <= f + to),
    ).length;
  return {
    supported: true,
    note: `At ${rate} Hz spikes that the recorder did not filter away are found; their absence does not exclude pacing.`,
    spikes,
    beatCount: fiducials.length,
    beatsWithVentricularSpike: count(ventricularFrom, ms(20)),
    beatsWithAtrialSpike: count(ventricularFrom - ms(400), ventricularFrom - 1),
  };
}
