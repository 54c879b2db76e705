/**
 * Beat typing and rhythm analysis on the ten MIT-BIH Arrhythmia records of
 * `../shared/data/ecg/mitdb`, from the engine's own QRS detections (`detectQrs`, all leads), not
 * from the annotations. VEB detection is scored as ANSI/AAMI EC57 by WFDB `bxb`'s rules (150 ms
 * window, from minute 5, beat annotations only; `evaluateQrsFolder`); expected classes come only
 * from the `.atr` files. The AF check reads the rhythm AUX strings of the same files: none of
 * these ten records has an `(AFIB` episode, so every AF finding there would be a false alarm.
 * Same rules for every record: nothing here is tuned per record.
 */
import {
  analyzeRhythm,
  classifyBeats,
  detectQrs,
  type EcgSignal,
  type RhythmAnalysis,
  type ScoredBeats,
} from '@gesang/ecg-signal';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadWfdbAnnotations } from '../disk/load-wfdb.js';
import { findFiles, sharedDataPath } from '../disk/shared-data.js';
import { evaluateQrsFolder, formatQrsTable, type QrsEvaluation } from './qrs-ec57.js';

const MITDB = sharedDataPath('ecg', 'mitdb');
/** Beats per AF window of a long record (`rhythm/atrial-fibrillation.ts`). */
const AF_WINDOW_BEATS = 60;

let evaluation: QrsEvaluation;
const rhythms: { beats: number; analysis: RhythmAnalysis }[] = [];

/** The engine under test: detect, type every beat, and (kept aside) analyse the rhythm. */
function typedDetector(signal: EcgSignal): ScoredBeats {
  const { samples } = detectQrs(signal);
  const beats = classifyBeats(signal, samples);
  rhythms.push({ beats: samples.length, analysis: analyzeRhythm(signal, beats) });
  return { samples, classes: beats.types };
}

beforeAll(async () => {
  evaluation = await evaluateQrsFolder(MITDB, 300, typedDetector);
}, 120_000);

describe('classifyBeats on MIT-BIH, from detectQrs (EC57 VEB)', () => {
  it('reaches gross VEB Se ≥ 95 % and +P ≥ 95 % on the ten development records', () => {
    const table = formatQrsTable(evaluation);
    console.log(table);
    expect(evaluation.records.map((r) => r.record)).toEqual([
      '100',
      '101',
      '103',
      '105',
      '106',
      '108',
      '109',
      '116',
      '118',
      '119',
    ]);
    // The whole reference was scored: 18,178 beats in the EC57 window (data README).
    expect(evaluation.scoredReferenceBeats).toBe(18_178);
    const veb = evaluation.summary.grossVeb;
    expect(veb?.sensitivityPct, table).toBeGreaterThanOrEqual(95);
    expect(veb?.positivePredictivityPct, table).toBeGreaterThanOrEqual(95);
  });

  it('finds most reference V beats of every record that has more than ten', () => {
    for (const r of evaluation.records) {
      const v = r.veb;
      if (v && v.truePositives + v.falseNegatives > 10) {
        expect(v.sensitivityPct, `record ${r.record}`).toBeGreaterThanOrEqual(80);
      }
    }
  });
});

describe('analyzeRhythm on MIT-BIH: atrial fibrillation', () => {
  it('no record of the ten is labelled (AFIB, and no AF is reported on any of them', async () => {
    const labels = new Set<string>();
    for (const atr of findFiles(MITDB, '.atr')) {
      for (const a of await loadWfdbAnnotations(atr)) {
        if (a.aux.startsWith('(')) {
          labels.add(a.aux);
        }
      }
    }
    expect([...labels].sort()).toEqual(['(B', '(N', '(T', '(VT']);
    const windows = rhythms.reduce(
      (s, r) => s + Math.max(1, Math.round(r.beats / AF_WINDOW_BEATS)),
      0,
    );
    const afWindows = rhythms
      .flatMap((r) => r.analysis.findings)
      .filter((f) => f.code === 'atrial_fibrillation');
    // Specificity over every AF window of the 5 h: 100 % (0 of `windows` flagged).
    expect({ windows, afWindows: afWindows.length }).toEqual({ windows, afWindows: 0 });
    expect(rhythms.map((r) => r.analysis.rhythm)).not.toContain('atrial_fibrillation');
  });
});
