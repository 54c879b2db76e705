/**
 * Reference-beat subtraction and bimodal compression end to end, on a hand-built record with
 * 16-bit (uncompressed) sections 5 and 6 so that every stored value is visible below. Expected
 * samples are worked out by hand from EN 1064:2005 §5.7–5.9 (see bimodal.ts for the layout).
 */
import { describe, expect, it } from 'vitest';
import { buildScpFixture, i16le, u16le, u32le } from './build-scp-fixture.js';
import { readScpEcg } from './read-scp.js';

/** One lead (II), 12 samples, reference beat subtracted (flag bit 0). */
const SECTION3 = [1, 0x01 | 0x04 | (1 << 3), ...u32le(1), ...u32le(12), 2];
/** 6-ms reference beat at 1000 µs (6 samples), fiducial 3; one type-0 QRS: SB 5, fc 7, SE 9; QB 5, QE 8. */
const SECTION4 = [
  ...u16le(6),
  ...u16le(3),
  ...u16le(1),
  ...u16le(0),
  ...u32le(5),
  ...u32le(7),
  ...u32le(9),
  ...u32le(5),
  ...u32le(8),
];
/** Reference beat 1…6 in 2000-nV units at 1000 µs. */
const SECTION5 = [
  ...u16le(2000),
  ...u16le(1000),
  0,
  0,
  ...u16le(12),
  ...[1, 2, 3, 4, 5, 6].flatMap(i16le),
];

/** Section 6 with the given interval, bimodal flag and stored values (1000-nV units). */
const section6 = (intervalUs: number, bimodal: number, stored: number[]): number[] => [
  ...u16le(1000),
  ...u16le(intervalUs),
  0,
  bimodal,
  ...u16le(2 * stored.length),
  ...stored.flatMap(i16le),
];

const read = (s6: number[], protocolVersion = 20, s3 = SECTION3): ReturnType<typeof readScpEcg> =>
  readScpEcg(
    buildScpFixture(
      [
        { id: 3, body: s3 },
        { id: 4, body: SECTION4 },
        { id: 5, body: SECTION5 },
        { id: 6, body: s6 },
      ],
      protocolVersion,
    ).bytes,
  );

describe('reference-beat subtraction', () => {
  it('adds the reference beat (in its own multiplier) back over the subtraction zone', () => {
    const ecg = read(section6(1000, 0, [0, 0, 0, 0, 10, 10, 10, 10, 10, 0, 0, 0]));
    // t = 5..9 receive beat[t − 5] = 1..5 × 2 µV
    expect(Array.from(ecg.leads[0]?.samplesUv ?? [])).toEqual([
      0, 0, 0, 0, 12, 14, 16, 18, 20, 0, 0, 0,
    ]);
    expect(ecg.sampleRateHz).toBe(1000);
    expect(ecg.format.detail).toBe('16-bit samples, reference beat subtracted');
    expect(ecg.medianBeats?.sampleRateHz).toBe(1000);
    expect(ecg.medianBeats?.fiducialIndex).toBe(2);
    expect(Array.from(ecg.medianBeats?.leads[0]?.samplesUv ?? [])).toEqual([2, 4, 6, 8, 10, 12]);
  });
});

describe('bimodal compression with reference-beat subtraction', () => {
  it('interpolates the decimated gaps (factor 2000 µs / 1000 µs), keeps the zone, adds the beat', () => {
    // Stored: gap 1–4 as [10, 20], zone 5–8 as [100, 101, 102, 103], gap 9–12 as [40, 40].
    // Gap 1–4, centres at 0.5 and 2.5: 10, 12.5, 17.5, 20. Then the beat adds 2, 4, 6, 8, 10
    // µV at samples 5–9.
    const ecg = read(section6(2000, 1, [10, 20, 100, 101, 102, 103, 40, 40]));
    expect(Array.from(ecg.leads[0]?.samplesUv ?? [])).toEqual([
      10, 12.5, 17.5, 20, 102, 105, 108, 111, 50, 40, 40, 40,
    ]);
    expect(ecg.sampleRateHz).toBe(1000);
    expect(ecg.format.detail).toBe(
      '16-bit samples, reference beat subtracted, bimodal (decimation ×2)',
    );
  });

  it('refuses a decimation factor that is no whole number', () => {
    expect(() => read(section6(1500, 1, [1, 2, 3, 4, 5, 6, 7, 8]))).toThrow(
      expect.objectContaining({ code: 'unsupported' }),
    );
  });
});

describe('SCP-ECG 3.0', () => {
  it('ignores the subtraction flag and reads byte 6 of section 6 as no bimodal flag', () => {
    const ecg = read(section6(1000, 1, [0, 0, 0, 0, 10, 10, 10, 10, 10, 0, 0, 0]), 30);
    expect(Array.from(ecg.leads[0]?.samplesUv ?? [])).toEqual([
      0, 0, 0, 0, 10, 10, 10, 10, 10, 0, 0, 0,
    ]);
    expect(ecg.format.version).toBe('3.0');
    expect(ecg.warnings).toEqual([
      'section 3 flags reference-beat subtraction, which SCP-ECG 3.0 no longer defines; ignored.',
    ]);
  });
});
