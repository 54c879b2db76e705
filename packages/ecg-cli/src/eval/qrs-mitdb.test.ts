/**
 * QRS detection on the ten MIT-BIH Arrhythmia records of `../shared/data/ecg/mitdb`, read with
 * the real WFDB reader and scored as ANSI/AAMI EC57 (150 ms window, from minute 5, beat
 * annotations only, all leads used). The bar (gross Se and +P ≥ 99.8 %) is the project's
 * requirement; expected beats come from the `.atr` reference annotations only.
 */
import { describe, expect, it } from 'vitest';
import { sharedDataPath } from '../disk/shared-data.js';
import { evaluateQrsFolder, formatQrsTable } from './qrs-ec57.js';

describe('detectQrs on MIT-BIH (EC57)', () => {
  it('reaches gross Se ≥ 99.8 % and +P ≥ 99.8 % on the ten development records', async () => {
    const evaluation = await evaluateQrsFolder(sharedDataPath('ecg', 'mitdb'));
    const table = formatQrsTable(evaluation);
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
    // The data README's count of beats in the EC57 window: the reference was read in full.
    expect(evaluation.scoredReferenceBeats).toBe(18_178);
    expect(evaluation.summary.grossSensitivityPct, table).toBeGreaterThanOrEqual(99.8);
    expect(evaluation.summary.grossPositivePredictivityPct, table).toBeGreaterThanOrEqual(99.8);
  }, 120_000);
});
