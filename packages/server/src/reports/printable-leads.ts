/**
 * The twelve leads as printed: the first 10 s of the record, missing Goldberger/Einthoven limb
 * leads derived from I and II, and filtered as an electrocardiograph prints them.
 *
 * Filters (Kligfield et al., AHA/ACCF/HRS recommendations for the standardization of the ECG,
 * Circulation 115:1306–1324, 2007): zero-phase high-pass 0.5 Hz (below the 0.67 Hz the
 * recommendation allows for phase-free filters, so ST levels are kept), 50 Hz mains notch (the
 * Chinese grid), low-pass 150 Hz (the diagnostic bandwidth; capped at 0.45 × the sample rate).
 * Records above 1000 Hz are first averaged down by an integer factor (a boxcar, which also keeps
 * aliasing out); records below 100 Hz are only centred on their median, unfiltered.
 */
import { preprocessSignal, STANDARD_12_LEADS, type StandardLeadName } from '@gesang/ecg-signal';
import type { EcgRecord } from '@gesang/ecg-formats';

/** The printed signal. */
export interface PrintableLeads {
  /** Rate of the printed samples, Hz. */
  sampleRateHz: number;
  /** Printed length, s (10, or less for a shorter record). */
  durationS: number;
  /** Samples in µV by lead; absent when the record has the lead neither recorded nor derivable. */
  leads: Partial<Record<StandardLeadName, Float32Array>>;
  /** The rhythm strip's lead: II, else the record's first lead. */
  rhythm: { name: string; samplesUv: Float32Array } | null;
  /**
   * `12-lead` (3×4 + rhythm) when at least six standard leads are there (recorded or derived);
   * otherwise `strips`: up to four of the record's leads, each for the whole 10 s (a single- or
   * three-lead recorder's ECG is not forced into a 12-lead grid of empty cells).
   */
  layout: '12-lead' | 'strips';
  /** The leads of the `strips` layout, in record order (at most four). */
  strips: { name: string; samplesUv: Float32Array }[];
  /** Leads computed from I and II. */
  derived: StandardLeadName[];
  /** Pass band as printed, or null when unfiltered. */
  filter: { highPassHz: number; lowPassHz: number; notchHz: number } | null;
}

const maxFilterRateHz = 1000;
const minFilterRateHz = 100;

function decimate(samples: Float32Array, factor: number, length: number): Float32Array {
  const out = new Float32Array(Math.floor(length / factor));
  for (let i = 0; i < out.length; i++) {
    let sum = 0;
    for (let k = 0; k < factor; k++) {
      sum += samples[i * factor + k] ?? NaN;
    }
    out[i] = sum / factor;
  }
  return out;
}

function centreOnMedian(samples: Float32Array): Float32Array {
  const finite = Array.from(samples)
    .filter(Number.isFinite)
    .sort((a, b) => a - b);
  const median = finite[Math.floor(finite.length / 2)] ?? 0;
  return samples.map((v) => v - median);
}

/** Einthoven and Goldberger: each missing limb lead from I and II, sample by sample. */
const derivations: Partial<Record<StandardLeadName, (i: number, ii: number) => number>> = {
  III: (i, ii) => ii - i,
  aVR: (i, ii) => -(i + ii) / 2,
  aVL: (i, ii) => i - ii / 2,
  aVF: (i, ii) => ii - i / 2,
};

/**
 * The record's first `windowS` seconds, ready to draw.
 * @param record any record with a sample rate > 0.
 * @param windowS seconds to print (default 10).
 * @example printableLeads(record).leads.V1?.length // 10_000 at 1000 Hz
 */
export function printableLeads(record: EcgRecord, windowS = 10): PrintableLeads {
  const rawRateHz = record.sampleRateHz;
  const factor = rawRateHz > maxFilterRateHz ? Math.ceil(rawRateHz / maxFilterRateHz) : 1;
  const sampleRateHz = rawRateHz / factor;
  const rawLength = Math.min(
    record.leads[0]?.samplesUv.length ?? 0,
    Math.round(windowS * rawRateHz),
  );
  const windowed = record.leads.map((lead) => ({
    name: String(lead.name),
    samplesUv: decimate(lead.samplesUv, factor, rawLength),
  }));
  const filterable = sampleRateHz >= minFilterRateHz && sampleRateHz <= maxFilterRateHz;
  const lowPassHz = Math.min(150, 0.45 * sampleRateHz);
  const filtered = filterable
    ? preprocessSignal(
        { sampleRateHz, leads: windowed },
        { baseline: { cornerHz: 0.5 }, mains: { mainsHz: [50] }, muscle: { cornerHz: lowPassHz } },
      ).leads.map((lead) => ({ name: String(lead.name), samplesUv: lead.samplesUv }))
    : windowed.map((lead) => ({ ...lead, samplesUv: centreOnMedian(lead.samplesUv) }));

  const leads: PrintableLeads['leads'] = {};
  for (const name of STANDARD_12_LEADS) {
    const lead = filtered.find((l) => l.name === name);
    if (lead !== undefined) {
      leads[name] = lead.samplesUv;
    }
  }
  const derived: StandardLeadName[] = [];
  const leadI = leads.I;
  const leadII = leads.II;
  if (leadI !== undefined && leadII !== undefined) {
    for (const [name, derive] of Object.entries(derivations) as [
      StandardLeadName,
      (i: number, ii: number) => number,
    ][]) {
      if (leads[name] === undefined) {
        leads[name] = leadI.map((v, k) => derive(v, leadII[k] ?? NaN));
        derived.push(name);
      }
    }
  }
  const first = filtered[0];
  const rhythm =
    leadII !== undefined
      ? { name: 'II', samplesUv: leadII }
      : first === undefined
        ? null
        : { name: first.name, samplesUv: first.samplesUv };
  const standardCount = Object.keys(leads).length;
  return {
    layout: standardCount >= 6 ? '12-lead' : 'strips',
    strips: filtered.slice(0, 4),
    sampleRateHz,
    durationS: (first?.samplesUv.length ?? 0) / sampleRateHz,
    leads,
    rhythm,
    derived,
    filter: filterable ? { highPassHz: 0.5, lowPassHz: Math.round(lowPassHz), notchHz: 50 } : null,
  };
}
