/**
 * Delineation of the LUDB records (`shared/data/ecg/ludb`, Kalyakulina et al. 2020) by
 * `measureEcg`, driven by the cardiologists' own QRS peaks as fiducials, and scored against
 * their per-lead wave marks (`ludb-scoring.ts`). Records with artificial ventricular pacing
 * (header: "... ventricular pacing") are flagged: the CSE tolerances are checked on the others.
 */
import { readFile } from 'node:fs/promises';
import { butterworth, filterZeroPhase, measureEcg } from '@gesang/ecg-signal';
import type { EcgSignal } from '@gesang/ecg-signal';
import { loadWfdbAnnotations, loadWfdbRecord } from '../disk/load-wfdb.js';
import { findFiles } from '../disk/shared-data.js';
import { ludbBeats, parseLudbWaves } from './ludb-reference.js';
import { compareRecord, type RecordComparison } from './ludb-scoring.js';

/** LUDB's annotation files, in the order of the record's signals. */
export const LUDB_LEAD_FILES = [
  'i',
  'ii',
  'iii',
  'avr',
  'avl',
  'avf',
  'v1',
  'v2',
  'v3',
  'v4',
  'v5',
  'v6',
];
/** The intervals compared with the cardiologists' per-beat intervals. */
export const INTERVALS = ['qrsDurationMs', 'prIntervalMs', 'qtIntervalMs'] as const;

/** One record's outcome. */
export interface DelineationRecord {
  record: string;
  paced: boolean;
  beats: number;
  usedBeats: number;
  comparison: RecordComparison;
  /** Our intervals, ms (null when not measured). */
  ours: Record<(typeof INTERVALS)[number], number | null>;
}

/**
 * Runs measureEcg on every LUDB record of a folder and compares it with the annotations.
 * @param dir - the LUDB folder (`.hea`, `.dat`, `.i` … `.v6`)
 * @param decimation - integer factor to lower the rate by before measuring (1: the 500 Hz
 *   record; 5: 100 Hz after a zero-phase 4th-order low-pass at 0.4 × the new rate); the
 *   comparison stays in the annotation's 500 Hz samples
 * @returns one entry per record, in numeric order, and the time spent in measureEcg, ms
 * @example
 * const { records } = await evaluateLudbDelineation(sharedDataPath('ecg', 'ludb'));
 */
export async function evaluateLudbDelineation(
  dir: string,
  decimation = 1,
): Promise<{ records: DelineationRecord[]; measureMs: number }> {
  const heas = findFiles(dir, '.hea').sort((a, b) => recordNumber(a) - recordNumber(b));
  const records: DelineationRecord[] = [];
  let measureMs = 0;
  for (const hea of heas) {
    const { record } = await loadWfdbRecord(hea);
    const files = LUDB_LEAD_FILES.map((lead) =>
      loadWfdbAnnotations(hea.replace(/\.hea$/, `.${lead}`)),
    );
    const beats = ludbBeats((await Promise.all(files)).map(parseLudbWaves), record.sampleRateHz);
    const signal = decimate(record, decimation);
    const started = performance.now();
    const m = measureEcg(
      signal,
      Int32Array.from(beats, (b) => Math.round(b.fiducial / decimation)),
    );
    measureMs += performance.now() - started;
    const alignedFiducials = Int32Array.from(m.beats.alignedFiducials, (f) => f * decimation);
    const header = await readFile(hea, 'latin1');
    records.push({
      record: String(recordNumber(hea)),
      paced: /ventricular pacing/i.test(header),
      beats: beats.length,
      usedBeats: m.beats.used.reduce((a, b) => a + b, 0),
      comparison: compareRecord(
        beats,
        record.leads.map((l) => l.name),
        { ...m, beats: { ...m.beats, alignedFiducials } },
        record.sampleRateHz,
      ),
      ours: {
        qrsDurationMs: m.qrsDurationMs,
        prIntervalMs: m.prIntervalMs,
        qtIntervalMs: m.qtIntervalMs,
      },
    });
  }
  return { records, measureMs };
}

/** The record at 1/factor of its rate, low-passed first so nothing aliases. */
function decimate(signal: EcgSignal, factor: number): EcgSignal {
  if (factor === 1) {
    return signal;
  }
  const rate = signal.sampleRateHz;
  const lowPass = butterworth('lowpass', (0.4 * rate) / factor, rate, 4);
  return {
    sampleRateHz: rate / factor,
    leads: signal.leads.map((lead) => {
      const smooth = filterZeroPhase(lead.samplesUv, lowPass, rate);
      const samplesUv = Float32Array.from(
        { length: Math.floor(smooth.length / factor) },
        (_, i) => smooth[i * factor] ?? 0,
      );
      return { name: lead.name, samplesUv };
    }),
  };
}

const recordNumber = (path: string): number => Number(/(\d+)\.hea$/.exec(path)?.[1] ?? NaN);
