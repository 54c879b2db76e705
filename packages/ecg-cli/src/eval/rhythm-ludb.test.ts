/**
 * Rhythm and conduction calls (`detectQrs` → `classifyBeats` → `analyzeRhythm`) on the 67 LUDB
 * records against the cardiologists' diagnoses in `ludb/labels.csv`: atrial fibrillation (7),
 * atrial flutter (1), first-degree AV block (4). Truth is the label only. The floors below are
 * what the engine reaches on this development set, kept as regression guards, not goals.
 */
import { describe, expect, it } from 'vitest';
import { sharedDataPath } from '../disk/shared-data.js';
import { evaluateRhythmFolders, formatRhythmDx, type RhythmClassCounts } from './rhythm-dx.js';

const counts = (c: RhythmClassCounts | undefined): number[] =>
  c ? [c.truePositives, c.falseNegatives, c.falsePositives, c.trueNegatives] : [];

describe('analyzeRhythm on LUDB (labels.csv)', () => {
  it('AF, flutter and first-degree AV block against the cardiologists’ labels', async () => {
    const { classes, records } = await evaluateRhythmFolders([sharedDataPath('ecg', 'ludb')]);
    const table = formatRhythmDx(classes);
    console.log(table);
    const [af, afl, avb] = classes;
    expect(records).toBe(67);
    // Positives as labelled: 7 AF (two of them paced), 1 flutter, 4 first-degree block.
    expect((af?.truePositives ?? 0) + (af?.falseNegatives ?? 0)).toBe(7);
    expect((avb?.truePositives ?? 0) + (avb?.falseNegatives ?? 0)).toBe(4);
    expect(af?.truePositives, table).toBeGreaterThanOrEqual(4);
    expect(af?.falsePositives, table).toBeLessThanOrEqual(1);
    expect(counts(afl), table).toEqual([1, 0, 0, 66]);
    expect(avb?.truePositives, table).toBeGreaterThanOrEqual(3);
    expect(avb?.falsePositives, table).toBeLessThanOrEqual(4);
  }, 60_000);
});
