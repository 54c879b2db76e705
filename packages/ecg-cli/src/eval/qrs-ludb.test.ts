/**
 * QRS detection on the 67 LUDB records (12 leads, 500 Hz, 10 s; Kalyakulina et al. 2020): every
 * QRS the cardiologists annotated should be found, and nothing else inside the annotated span.
 * Reference beats are the annotation files' QRS peaks grouped across leads (`ludb-reference.ts`);
 * scoring is EC57 beat matching (150 ms window) over the annotated span only, since the edges of
 * each record are left unannotated. A check of the multi-lead, 500 Hz, short-record case that the
 * MIT-BIH test (2 leads, 360 Hz, 30 min) does not cover.
 */
import { detectQrs, matchBeats } from '@gesang/ecg-signal';
import { describe, expect, it } from 'vitest';
import { loadWfdbAnnotations, loadWfdbRecord } from '../disk/load-wfdb.js';
import { findFiles, sharedDataPath } from '../disk/shared-data.js';
import { ludbBeats, parseLudbWaves } from './ludb-reference.js';

const LUDB = sharedDataPath('ecg', 'ludb');
const LEAD_FILES = ['i', 'ii', 'iii', 'avr', 'avl', 'avf', 'v1', 'v2', 'v3', 'v4', 'v5', 'v6'];

describe('detectQrs on LUDB (12 leads, 500 Hz, 10 s)', () => {
  it('finds the annotated QRS complexes: Se and +P ≥ 99.5 % over the 67 records', async () => {
    let found = 0;
    let missed = 0;
    let extra = 0;
    const errors: string[] = [];
    for (const hea of findFiles(LUDB, '.hea')) {
      const { record } = await loadWfdbRecord(hea);
      const base = hea.replace(/\.hea$/, '');
      const leads = await Promise.all(
        LEAD_FILES.map(async (lead) =>
          parseLudbWaves(await loadWfdbAnnotations(`${base}.${lead}`)),
        ),
      );
      const reference = ludbBeats(leads, record.sampleRateHz).map((b) => b.fiducial);
      const window = Math.round(0.15 * record.sampleRateHz);
      const match = matchBeats(reference, detectQrs(record).samples, {
        sampleRateHz: record.sampleRateHz,
        startSample: (reference[0] ?? 0) - window,
        endSample: (reference.at(-1) ?? 0) + window,
      });
      found += match.pairs.length;
      missed += match.missedReference.length;
      extra += match.extraTest.length;
      if (match.missedReference.length + match.extraTest.length > 0) {
        errors.push(
          `${base.slice(LUDB.length + 1)}: ${match.missedReference.length} FN, ${match.extraTest.length} FP`,
        );
      }
    }
    expect(found + missed).toBeGreaterThan(600);
    expect((100 * found) / (found + missed), errors.join('; ')).toBeGreaterThanOrEqual(99.5);
    expect((100 * found) / (found + extra), errors.join('; ')).toBeGreaterThanOrEqual(99.5);
  }, 120_000);
});
