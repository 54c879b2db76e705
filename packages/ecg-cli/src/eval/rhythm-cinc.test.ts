/**
 * Rhythm and conduction calls (`detectQrs` → `classifyBeats` → `analyzeRhythm`) on the
 * PhysioNet/CinC Challenge development records (Georgia 11, Chapman–Ningbo 14, CPSC 2018 3,
 * CPSC 2018 extra 10) against the SNOMED CT / CPSC labels of `labels.csv`: AF (2, one also
 * flutter and AV block), atrial flutter (3), first-degree AV block (2; CPSC2018 "I-AVB" has no
 * record in this subset). Truth is the label only; the floors are what the engine reaches here,
 * kept as regression guards.
 */
import { describe, expect, it } from 'vitest';
import { sharedDataPath } from '../disk/shared-data.js';
import { evaluateRhythmFolders, formatRhythmDx } from './rhythm-dx.js';

describe('analyzeRhythm on the Challenge 12-lead sets (labels.csv)', () => {
  it('AF, flutter and first-degree AV block against the SNOMED / CPSC labels', async () => {
    const folders = ['georgia', 'chapman_ningbo', 'cpsc2018', 'cpsc2018_extra'];
    const { classes, records } = await evaluateRhythmFolders(
      folders.map((f) => sharedDataPath('ecg', f)),
    );
    const table = formatRhythmDx(classes);
    console.log(table);
    const [af, afl, avb] = classes;
    expect(records).toBe(38);
    expect((af?.truePositives ?? 0) + (af?.falseNegatives ?? 0)).toBe(2);
    expect((afl?.truePositives ?? 0) + (afl?.falseNegatives ?? 0)).toBe(3);
    expect((avb?.truePositives ?? 0) + (avb?.falseNegatives ?? 0)).toBe(2);
    expect(af?.truePositives, table).toBeGreaterThanOrEqual(1);
    expect(af?.falsePositives, table).toBeLessThanOrEqual(3);
    expect(afl?.truePositives, table).toBeGreaterThanOrEqual(2);
    expect(afl?.falsePositives, table).toBeLessThanOrEqual(1);
    expect(avb?.falsePositives, table).toBeLessThanOrEqual(6);
  }, 60_000);
});
