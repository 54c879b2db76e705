/**
 * A small SCP-ECG record built by hand for the unit tests: sections 1, 2 (default table), 3
 * (leads I and aVR, 4 samples), 6 (Huffman, first differences, 5000 nV, 2000 µs), 7, 8, 10, 11.
 * The comments give each value's encoding so that tests can work expected values out by hand.
 * Test support only; not exported from the package.
 */
import { buildScpFixture, i16le, packBits, u16le, u32le } from './build-scp-fixture.js';

/** ASCII bytes of `text` and a terminating NUL. */
export const ascii = (text: string): number[] => [...Array.from(text, (c) => c.charCodeAt(0)), 0];
/** A section 1 tag: number, 2-byte length, value. */
export const tag = (t: number, value: readonly number[]): number[] => [
  t,
  ...u16le(value.length),
  ...value,
];
/** Tag 14: fixed part (manufacturer code 8, model "ELI250", protocol 20, ASCII) and strings. */
const TAG14 = tag(14, [
  ...[0, 0, 0, 0, 0, 0, 0, 8],
  ...ascii('ELI25').slice(0, 5),
  0x30,
  20,
  0xa0,
  0x00,
  0xd0,
  1,
  ...new Array<number>(16).fill(0),
  1,
  0,
  ...ascii('SN-42'),
  ...ascii('FW 1.2'),
  ...ascii(''),
  ...ascii(''),
]);
export const SECTION1 = [
  ...tag(2, ascii('P-1')),
  ...tag(5, [...u16le(1960), 2, 29]),
  ...tag(8, [2]),
  ...TAG14,
  ...tag(25, [...u16le(2024), 3, 1]),
  ...tag(26, [13, 45, 30]),
  ...tag(28, u16le(150)),
  255,
  0,
  0,
];
// Lead I: samples 10, 11, 9, 9 → first differences 10, +1, −2, 0 → escape+8 bits, 100, 1101, 0.
const LEAD_I = packBits('1111111110 00001010 100 1101 0');
// Lead aVR: −3, −3, −4, −2 → differences −3, 0, −1, +2 → 11101, 0, 101, 1100.
const LEAD_AVR = packBits('11101 0 101 1100');
export const SECTION3 = [
  2,
  0x04 | (2 << 3),
  ...u32le(1),
  ...u32le(4),
  1,
  ...u32le(1),
  ...u32le(4),
  62,
];
export const SECTION6 = [
  ...u16le(5000), // 5 µV per unit
  ...u16le(2000), // 2000 µs → 500 Hz
  1, // first differences
  0,
  ...u16le(LEAD_I.length),
  ...u16le(LEAD_AVR.length),
  ...LEAD_I,
  ...LEAD_AVR,
];
/** Section 7: one block (P on 40, P off 120, QRS on 160, QRS off 250, T off 560; axes 60, 999, 45). */
const SECTION7 = [
  1,
  0,
  ...u16le(800),
  ...u16le(29999),
  ...[40, 120, 160, 250, 560].flatMap(u16le),
  ...i16le(60),
  ...i16le(999),
  ...i16le(45),
  ...u16le(0),
  ...u16le(75),
  ...u16le(29999),
  ...u16le(420),
  1,
  ...u16le(0),
];
const SECTION8 = [
  0,
  ...u16le(2024),
  3,
  1,
  13,
  46,
  0,
  2,
  1,
  ...u16le(13),
  ...ascii('Sinus rhythm'),
  2,
  ...u16le(1),
  0,
];
const SECTION10 = [
  ...u16le(1),
  0,
  0,
  ...u16le(1),
  ...u16le(6),
  ...u16le(90),
  ...u16le(29999),
  ...u16le(96),
];
const SECTION11 = [
  0,
  ...u16le(2024),
  3,
  1,
  13,
  46,
  0,
  1,
  1,
  ...u16le(8),
  1,
  ...ascii('SR'),
  ...ascii('NORM'),
];

/** The whole record, every CRC and length correct (see build-scp-fixture.ts). */
export const handBuiltRecord = (): ReturnType<typeof buildScpFixture> =>
  buildScpFixture([
    { id: 1, body: SECTION1 },
    { id: 2, body: u16le(19999) },
    { id: 3, body: SECTION3 },
    { id: 6, body: SECTION6 },
    { id: 7, body: SECTION7 },
    { id: 8, body: SECTION8 },
    { id: 10, body: SECTION10 },
    { id: 11, body: SECTION11 },
  ]);
